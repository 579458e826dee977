#pragma once
// People who sign in, and the audit log of what they did. An administrator
// manages people and reads the log; others see their own row.

#include "AuditEntry.h"
#include "UserAccount.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace griddesk {

class ReferenceStore;
class SqlSession;
class UnitStore;

class PeopleStore
{
    Q_DECLARE_TR_FUNCTIONS(PeopleStore)

public:
    PeopleStore(SqlSession &session, const UnitStore &units, const ReferenceStore &reference);

    // On a server an administrator sees everyone and others their own row.
    QVector<UserAccount> users() const;
    // Adds a person. Locally the password is kept as a PBKDF2 hash; on a
    // server the person gets their own database login (which needs the
    // database owner's connection). Bad values are refused by field.
    void addUser(const UserAccount &user, const QString &password);
    // Deactivates or reactivates a person. A deactivated person cannot sign
    // in; on a server their login loses the right to connect to this
    // database and their open sessions end.
    void setUserActive(const QString &username, bool active);
    // Local sign-in: the person when the password matches; every attempt is
    // audited. On a server the connection's login already proved who it is:
    // the result is currentUser().
    std::optional<UserAccount> authenticate(const QString &username, const QString &password);
    // The person the store acts for: the scope's person; else on a server
    // the person of the connection's login (an administrator for the
    // database owner), and locally the person signed in, if any.
    std::optional<UserAccount> currentUser() const;

    // The audit log, oldest first, after sequence number `afterSeq` (at most
    // `limit` entries; all when negative).
    QVector<AuditEntry> auditEntries(qint64 afterSeq = 0, int limit = -1) const;

private:
    SqlSession &m_session;
    const UnitStore &m_units;
    const ReferenceStore &m_reference;
};

} // namespace griddesk
