#pragma once
// What one signed-in person may see and do through the store (core's
// AccessPolicy over the units' parent chain): the checks and filters every
// capability applies through its session. Without a person nothing is
// limited. On a local GeoPackage this is the enforcement; on a server
// row-level security enforces the same rules and this only gives clearer
// messages.

#include "AccessPolicy.h"
#include "Incident.h"
#include "UserAccount.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

namespace griddesk {

class StoreScope
{
    Q_DECLARE_TR_FUNCTIONS(StoreScope)

public:
    StoreScope() = default; // nothing limited
    // `parents`: every unit's parent code, by unit code.
    StoreScope(UserAccount person, QHash<QString, QString> parents);

    bool isLimited() const { return m_person.has_value(); }
    // Nobody signed in (set-up, the CLI), or an administrator.
    bool isAdministrator() const { return !m_person || accesspolicy::isAdministrator(*m_person); }
    const std::optional<UserAccount> &person() const { return m_person; }

    // A unit of the scope's subtree, or one of the scope's own parents (for names and outlines).
    bool seesUnit(const QString &code) const;
    // A unit of the scope's own subtree (the units whose figures the person is
    // assessed on; the scope's parents are not).
    bool coversUnit(const QString &code) const;
    bool seesGrid(const QString &gridCode) const;
    // Administrators edit every grid; centre staff the grids of their own
    // township (the server's gd_may_edit_grids).
    bool mayEditGrids(const QString &communityCode) const;
    bool seesIncident(const Incident &incident) const;
    // The same for a queue row, which carries its grid but not the grid's parents.
    bool seesQueued(const Incident &incident) const;

    void requireWriter() const;
    void requireAdministrator() const;
    void requirePersonalData() const;
    // The role a workflow request acts in must be the person's own.
    void requireRole(Role acting) const;
    const Incident &requireVisible(const std::optional<Incident> &incident, qint64 id) const;
    [[noreturn]] void refuse(const QString &why) const;

    // Attachments' contents are read only for cases this person has listed.
    void noteListed(qint64 attachmentId) const { m_listed.insert(attachmentId); }
    bool wasListed(qint64 attachmentId) const { return m_listed.contains(attachmentId); }

private:
    // The unit's code with its parent's and grandparent's (as the server's gd_unit_chain).
    QStringList chain(const QString &code) const;

    std::optional<UserAccount> m_person;
    QHash<QString, QString> m_parents;
    mutable QSet<qint64> m_listed;
};

} // namespace griddesk
