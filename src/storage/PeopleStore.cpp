#include "PeopleStore.h"
#include "AccessPolicy.h"
#include "AuditRows.h"
#include "PasswordHash.h"
#include "PgSecurity.h"
#include "ReferenceStore.h"
#include "SqlSession.h"
#include "StoreError.h"
#include "UnitStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace griddesk {

namespace {

const QString kUserColumns = QStringLiteral("username, display_name, role, scope_code, department, personal_data, active");

UserAccount readUser(const QSqlQuery &q)
{
    UserAccount u;
    u.username = q.value(0).toString();
    u.displayName = q.value(1).toString();
    role::fromCode(q.value(2).toString(), &u.role);
    u.scopeCode = q.value(3).toString();
    u.department = q.value(4).toString();
    u.personalData = q.value(5).toBool();
    u.active = q.value(6).toBool();
    return u;
}

} // namespace

PeopleStore::PeopleStore(SqlSession &session, const UnitStore &units, const ReferenceStore &reference)
    : m_session(session)
    , m_units(units)
    , m_reference(reference)
{
}

QVector<UserAccount> PeopleStore::users() const
{
    const StoreScope &scope = m_session.scope();
    QVector<UserAccount> all = m_session.read([&]() -> QVector<UserAccount> {
        QVector<UserAccount> out;
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT %1 FROM gd_users ORDER BY username").arg(kUserColumns));
        while (q.next())
            out.push_back(readUser(q));
        return out;
    });
    // Others than administrators see only their own row.
    if (scope.isLimited() && !accesspolicy::isAdministrator(*scope.person()))
        all.erase(std::remove_if(all.begin(), all.end(),
                                 [&](const UserAccount &u) { return u.username != scope.person()->username; }),
                  all.end());
    return all;
}

void PeopleStore::addUser(const UserAccount &u, const QString &password)
{
    m_session.scope().requireAdministrator();
    // A new login cannot be recognised after a lost connection: not tried again.
    return m_session.once([&]() -> void {
        if (m_session.dialect().isPostgres()) {
            pgsecurity::addLogin(m_session.db(), {u.username, u.displayName, role::code(u.role), u.scopeCode, u.department,
                                        u.personalData, password});
            return;
        }
        QVector<FieldError> errors;
        if (!QRegularExpression(QStringLiteral("^[a-z][a-z0-9_]{2,39}$")).match(u.username).hasMatch())
            errors.push_back({QStringLiteral("username"), tr("use 3-40 lower-case letters, digits or _, starting with a letter")});
        if (u.role == Role::System)
            errors.push_back({QStringLiteral("role"), tr("the system role cannot sign in")});
        if (u.role != Role::Administrator && !m_units.adminUnit(u.scopeCode))
            errors.push_back({QStringLiteral("scope"), tr("\"%1\" is not a unit of this database").arg(u.scopeCode)});
        if (u.role == Role::DepartmentHandler) {
            bool known = false;
            for (const Department &d : m_reference.departments())
                known = known || d.code == u.department;
            if (!known)
                errors.push_back({QStringLiteral("department"), tr("unknown department \"%1\"").arg(u.department)});
        }
        if (password.size() < 10)
            errors.push_back({QStringLiteral("password"), tr("use at least 10 characters")});
        if (!errors.isEmpty())
            throw StoreError(StoreError::Kind::Invalid, joinErrors(errors), errors);
        const QString hashed = passwordhash::hash(password);
        SqlSession::WriteTransaction tx(m_session);
        if (sql::exec(m_session.db(), QStringLiteral("SELECT 1 FROM gd_users WHERE username = ?"), {u.username}).next()) {
            const FieldError e{QStringLiteral("username"), tr("\"%1\" already exists").arg(u.username)};
            throw StoreError(StoreError::Kind::Invalid, e.toString(), {e});
        }
        sql::exec(m_session.db(), QStringLiteral(
            "INSERT INTO gd_users (username, display_name, role, scope_code, department, personal_data, password_hash, "
            "active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?)"),
            {u.username, u.displayName.isEmpty() ? u.username : u.displayName, role::code(u.role), sql::text(u.scopeCode),
             sql::text(u.department), u.personalData, hashed, sql::toDbTime(QDateTime::currentDateTimeUtc())});
        tx.commit();
    });
}

void PeopleStore::setUserActive(const QString &username, bool active)
{
    m_session.scope().requireAdministrator();
    return m_session.rewrite([&]() -> void {
        SqlSession::WriteTransaction tx(m_session);
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("UPDATE gd_users SET active = ? WHERE username = ?"), {active, username});
        if (q.numRowsAffected() != 1) {
            const FieldError e{QStringLiteral("username"), tr("there is no user \"%1\"").arg(username)};
            throw StoreError(StoreError::Kind::NotFound, e.toString(), {e});
        }
        tx.commit();
    });
}

std::optional<UserAccount> PeopleStore::authenticate(const QString &username, const QString &password)
{
    return m_session.rewrite([&]() -> std::optional<UserAccount> {
        if (m_session.dialect().isPostgres())
            return currentUser();
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT %1, password_hash FROM gd_users WHERE username = ?").arg(kUserColumns),
                                {username});
        std::optional<UserAccount> found;
        if (q.next()) {
            UserAccount u = readUser(q);
            if (passwordhash::verify(password, q.value(7).toString()) && u.active)
                found = u;
        } else {
            passwordhash::verifyNothing(password);
        }
        q.finish();
        // Every attempt is recorded, under the name that was tried.
        const QString previous = m_session.sessionUser();
        m_session.setSessionUser(username);
        SqlSession::WriteTransaction tx(m_session);
        m_session.appendAudit(found ? QStringLiteral("login") : QStringLiteral("login_failed"), QStringLiteral("gd_users"), 0,
                    QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("username"), username}}).toJson(QJsonDocument::Compact)));
        tx.commit();
        if (found)
            m_session.setSignedIn(found);
        else
            m_session.setSessionUser(previous);
        return found;
    });
}

std::optional<UserAccount> PeopleStore::currentUser() const
{
    const StoreScope &scope = m_session.scope();
    if (scope.isLimited())
        return scope.person();
    return m_session.read([&]() -> std::optional<UserAccount> {
        if (!m_session.dialect().isPostgres())
            return m_session.signedIn();
        QSqlQuery super = sql::exec(m_session.db(), QStringLiteral("SELECT rolsuper, session_user FROM pg_roles WHERE rolname = session_user"));
        if (super.next() && super.value(0).toBool()) {
            UserAccount owner;
            owner.username = super.value(1).toString();
            owner.displayName = owner.username;
            owner.role = Role::Administrator;
            owner.personalData = true;
            return owner;
        }
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT %1 FROM gd_users WHERE username = session_user AND active").arg(kUserColumns));
        if (!q.next())
            return std::nullopt;
        return readUser(q);
    });
}

QVector<AuditEntry> PeopleStore::auditEntries(qint64 afterSeq, int limit) const
{
    m_session.scope().requireAdministrator();
    return m_session.read([&]() -> QVector<AuditEntry> {
        QVector<AuditEntry> out;
        QString statement = QStringLiteral("SELECT %1 FROM audit_log WHERE seq > ? ORDER BY seq").arg(auditrows::columns());
        QVector<QVariant> values{afterSeq};
        if (limit >= 0) {
            statement += QStringLiteral(" LIMIT ?");
            values << limit;
        }
        QSqlQuery q = sql::exec(m_session.db(), statement, values);
        while (q.next())
            out.push_back(auditrows::read(q));
        return out;
    });
}

} // namespace griddesk
