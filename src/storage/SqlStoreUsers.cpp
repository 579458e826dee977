#include "SqlStore.h"
#include "PasswordHash.h"
#include "PgSecurity.h"
#include "SqlHelpers.h"
#include "StoreError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

// People and sign-in in the SQL store. (SqlStore's implementation is split by
// concern; the class is declared once, in SqlStore.h.)

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

QVector<UserAccount> SqlStore::users() const
{
    QVector<UserAccount> out;
    QSqlQuery q = sql::exec(db(), QStringLiteral("SELECT %1 FROM gd_users ORDER BY username").arg(kUserColumns));
    while (q.next())
        out.push_back(readUser(q));
    return out;
}

void SqlStore::addUser(const UserAccount &u, const QString &password)
{
    if (dialect().isPostgres()) {
        pgsecurity::addLogin(db(), {u.username, u.displayName, role::code(u.role), u.scopeCode, u.department,
                                    u.personalData, password});
        return;
    }
    QVector<FieldError> errors;
    if (!QRegularExpression(QStringLiteral("^[a-z][a-z0-9_]{2,39}$")).match(u.username).hasMatch())
        errors.push_back({QStringLiteral("username"), tr("use 3-40 lower-case letters, digits or _, starting with a letter")});
    if (u.role == Role::System)
        errors.push_back({QStringLiteral("role"), tr("the system role cannot sign in")});
    if (u.role != Role::Administrator && !adminUnit(u.scopeCode))
        errors.push_back({QStringLiteral("scope"), tr("\"%1\" is not a unit of this database").arg(u.scopeCode)});
    if (u.role == Role::DepartmentHandler) {
        bool known = false;
        for (const Department &d : departments())
            known = known || d.code == u.department;
        if (!known)
            errors.push_back({QStringLiteral("department"), tr("unknown department \"%1\"").arg(u.department)});
    }
    if (password.size() < 10)
        errors.push_back({QStringLiteral("password"), tr("use at least 10 characters")});
    if (!errors.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, joinErrors(errors), errors);
    const QString hashed = passwordhash::hash(password);
    WriteTransaction tx(*this);
    if (sql::exec(db(), QStringLiteral("SELECT 1 FROM gd_users WHERE username = ?"), {u.username}).next()) {
        const FieldError e{QStringLiteral("username"), tr("\"%1\" already exists").arg(u.username)};
        throw StoreError(StoreError::Kind::Invalid, e.toString(), {e});
    }
    sql::exec(db(), QStringLiteral(
        "INSERT INTO gd_users (username, display_name, role, scope_code, department, personal_data, password_hash, "
        "active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?)"),
        {u.username, u.displayName.isEmpty() ? u.username : u.displayName, role::code(u.role), sql::text(u.scopeCode),
         sql::text(u.department), u.personalData, hashed, sql::toDbTime(QDateTime::currentDateTimeUtc())});
    tx.commit();
}

void SqlStore::setUserActive(const QString &username, bool active)
{
    WriteTransaction tx(*this);
    QSqlQuery q = sql::exec(db(), QStringLiteral("UPDATE gd_users SET active = ? WHERE username = ?"), {active, username});
    if (q.numRowsAffected() != 1) {
        const FieldError e{QStringLiteral("username"), tr("there is no user \"%1\"").arg(username)};
        throw StoreError(StoreError::Kind::NotFound, e.toString(), {e});
    }
    tx.commit();
}

std::optional<UserAccount> SqlStore::authenticate(const QString &username, const QString &password)
{
    if (dialect().isPostgres())
        return currentUser();
    QSqlQuery q = sql::exec(db(), QStringLiteral("SELECT %1, password_hash FROM gd_users WHERE username = ?").arg(kUserColumns),
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
    const QString previous = m_sessionUser;
    m_sessionUser = username;
    WriteTransaction tx(*this);
    appendAudit(found ? QStringLiteral("login") : QStringLiteral("login_failed"), QStringLiteral("gd_users"), 0,
                QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("username"), username}}).toJson(QJsonDocument::Compact)));
    tx.commit();
    if (found)
        m_signedIn = found;
    else
        m_sessionUser = previous;
    return found;
}

std::optional<UserAccount> SqlStore::currentUser() const
{
    if (!dialect().isPostgres())
        return m_signedIn;
    QSqlQuery super = sql::exec(db(), QStringLiteral("SELECT rolsuper, session_user FROM pg_roles WHERE rolname = session_user"));
    if (super.next() && super.value(0).toBool()) {
        UserAccount owner;
        owner.username = super.value(1).toString();
        owner.displayName = owner.username;
        owner.role = Role::Administrator;
        owner.personalData = true;
        return owner;
    }
    QSqlQuery q = sql::exec(db(), QStringLiteral("SELECT %1 FROM gd_users WHERE username = session_user AND active").arg(kUserColumns));
    if (!q.next())
        return std::nullopt;
    return readUser(q);
}

} // namespace griddesk
