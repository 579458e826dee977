#include "StaffStore.h"
#include "AdminLevel.h"
#include "PersonalData.h"
#include "SqlSession.h"
#include "StaffingCheck.h"
#include "StoreError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace griddesk {

namespace {

QString columns(const SqlDialect &d)
{
    // On a server logins may read only the masked copy of the phone.
    return QStringLiteral("fid, name, %1, role, grid_code, username, active, started_on, ended_on, note, updated_by, "
                          "row_version")
        .arg(d.isPostgres() ? QStringLiteral("phone_masked") : QStringLiteral("phone"));
}

StaffMember readMember(const QSqlQuery &q)
{
    StaffMember s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.phone = personaldata::maskPhone(q.value(2).toString());
    staffrole::fromCode(q.value(3).toString(), &s.role);
    s.gridCode = q.value(4).toString();
    s.username = q.value(5).toString();
    s.active = q.value(6).toBool();
    s.startedOn = q.value(7).toDate();
    if (!q.value(8).isNull())
        s.endedOn = q.value(8).toDate();
    s.note = q.value(9).toString();
    s.updatedBy = q.value(10).toString();
    s.rowVersion = q.value(11).toInt();
    return s;
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QVariant::String);
}

[[noreturn]] void invalid(const QVector<FieldError> &errors)
{
    throw StoreError(StoreError::Kind::Invalid, joinErrors(errors), errors);
}

// The grid in the person's subtree; a retired grid (no longer among the
// units) through the community its code names, so that its people stay in
// sight of those who must move them.
bool covers(const StoreScope &scope, const QString &gridCode)
{
    return scope.coversUnit(gridCode) || scope.coversUnit(gridCode.left(12));
}

bool keepsPhone(const QString &phone)
{
    return phone.contains(QLatin1Char('*'));
}

} // namespace

StaffStore::StaffStore(SqlSession &session)
    : m_session(session)
{
}

QVector<StaffMember> StaffStore::readStaff(const QString &where, const QVector<QVariant> &values) const
{
    const StoreScope &scope = m_session.scope(); // unlimited inside a call
    return m_session.read([&]() -> QVector<StaffMember> {
        QVector<StaffMember> out;
        QSqlQuery q = sql::exec(m_session.db(),
                                QStringLiteral("SELECT %1 FROM grid_staff%2 ORDER BY grid_code, CASE role WHEN 'manager' THEN 0 "
                                               "WHEN 'full_time' THEN 1 ELSE 2 END, name, fid")
                                    .arg(columns(m_session.dialect()),
                                         where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where),
                                values);
        while (q.next()) {
            StaffMember s = readMember(q);
            if (covers(scope, s.gridCode))
                out.push_back(std::move(s));
        }
        return out;
    });
}

QVector<StaffMember> StaffStore::staffMembers(bool includeRetired) const
{
    return readStaff(includeRetired ? QString() : QStringLiteral("active"), {});
}

std::optional<StaffMember> StaffStore::staffMember(qint64 id) const
{
    const QVector<StaffMember> found = readStaff(QStringLiteral("fid = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

void StaffStore::requireKeeper(const QString &gridCode) const
{
    const StoreScope &scope = m_session.scope();
    scope.requireWriter();
    const std::optional<UserAccount> &person = scope.person();
    if (!person || person->role == Role::Administrator)
        return;
    if (person->role != Role::CentreStaff && person->role != Role::CommunityStaff)
        scope.refuse(tr("only the centre's and the communities' staff keep the grid staff register"));
    if (!covers(scope, gridCode))
        scope.refuse(tr("grid %1 lies outside your area").arg(gridCode));
}

QString StaffStore::actor() const
{
    const std::optional<UserAccount> &person = m_session.signedIn();
    if (person)
        return person->username;
    return m_session.sessionUser().isEmpty() ? SqlSession::programUser() : m_session.sessionUser();
}

QVector<FieldError> StaffStore::checkDraft(const StaffMember &s, bool phoneKept) const
{
    QVector<FieldError> errors;
    const QString name = s.name.trimmed();
    if (name.isEmpty())
        errors.push_back({QStringLiteral("name"), tr("a name is needed")});
    else if (name.size() > 50)
        errors.push_back({QStringLiteral("name"), tr("at most 50 characters")});
    if (!phoneKept && !personaldata::isValidPhone(s.phone))
        errors.push_back({QStringLiteral("phone"),
                          tr("\"%1\" is not a mobile number (11 digits starting 13-19) or a landline with area code")
                              .arg(s.phone)});
    if (!s.startedOn.isValid())
        errors.push_back({QStringLiteral("started_on"), tr("the date the person started is needed")});
    if (s.endedOn.isValid() && s.startedOn.isValid() && s.endedOn < s.startedOn)
        errors.push_back({QStringLiteral("ended_on"), tr("cannot be before the start date")});
    if (s.note.size() > 500)
        errors.push_back({QStringLiteral("note"), tr("at most 500 characters")});
    QSqlQuery grid = sql::exec(m_session.db(), QStringLiteral("SELECT level FROM admin_units WHERE code = ?"), {s.gridCode});
    if (!grid.next() || grid.value(0).toInt() != int(AdminLevel::Grid))
        errors.push_back({QStringLiteral("grid_code"), tr("\"%1\" is not a grid of this database").arg(s.gridCode)});
    if (!s.username.isEmpty()) {
        // On a server only an administrator reads other people's rows; the
        // server checks the link itself for everyone else.
        QSqlQuery login = sql::exec(m_session.db(), QStringLiteral("SELECT scope_code, active FROM gd_users WHERE username = ?"),
                                    {s.username});
        if (login.next()) {
            const QString scopeCode = login.value(0).toString();
            if (scopeCode != s.gridCode)
                errors.push_back({QStringLiteral("username"),
                                  tr("the scope of login %1 is %2, not grid %3: a grid worker's login works in their own grid")
                                      .arg(s.username, scopeCode.isEmpty() ? tr("everything") : scopeCode, s.gridCode)});
        } else if (!m_session.dialect().isPostgres()) {
            errors.push_back({QStringLiteral("username"), tr("there is no login %1").arg(s.username)});
        }
        if (s.active) {
            QSqlQuery taken = sql::exec(m_session.db(), QStringLiteral(
                "SELECT name FROM grid_staff WHERE username = ? AND active AND fid <> ?"), {s.username, s.id});
            if (taken.next())
                errors.push_back({QStringLiteral("username"),
                                  tr("login %1 is already linked to %2").arg(s.username, taken.value(0).toString())});
        }
    }
    return errors;
}

StaffMember StaffStore::addStaffMember(const StaffMember &draft)
{
    requireKeeper(draft.gridCode);
    StaffMember s = draft;
    s.id = 0;
    s.name = draft.name.trimmed();
    s.phone = personaldata::normalizePhone(draft.phone);
    s.note = draft.note.trimmed();
    s.active = true;
    s.endedOn = {};
    const QString now = sql::toDbTime(QDateTime::currentDateTimeUtc()).toString();
    QSet<qint64> before;
    auto matching = [&] {
        return readStaff(QStringLiteral("name = ? AND grid_code = ? AND role = ? AND active"),
                         {s.name, s.gridCode, staffrole::code(s.role)});
    };
    for (const StaffMember &m : matching())
        before.insert(m.id);
    auto landed = [&]() -> std::optional<StaffMember> {
        for (const StaffMember &m : matching())
            if (!before.contains(m.id))
                return m;
        return std::nullopt;
    };
    return m_session.write([&]() -> StaffMember {
        const QVector<FieldError> errors = checkDraft(s, false);
        if (!errors.isEmpty())
            invalid(errors);
        SqlSession::WriteTransaction tx(m_session);
        s.id = m_session.dialect().insert(m_session.db(), QStringLiteral(
            "INSERT INTO grid_staff (name, phone, role, grid_code, username, active, started_on, note, updated_at%1) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?%2)")
            .arg(m_session.dialect().isPostgres() ? QString() : QStringLiteral(", updated_by"),
                 m_session.dialect().isPostgres() ? QString() : QStringLiteral(", ?")),
            m_session.dialect().isPostgres()
                ? QVector<QVariant>{s.name, s.phone, staffrole::code(s.role), s.gridCode, sql::text(s.username), true,
                                    dateValue(s.startedOn), sql::text(s.note), now}
                : QVector<QVariant>{s.name, s.phone, staffrole::code(s.role), s.gridCode, sql::text(s.username), true,
                                    dateValue(s.startedOn), sql::text(s.note), now, actor()},
            QStringLiteral("insert staff member"));
        tx.commit();
        const std::optional<StaffMember> stored = staffMember(s.id);
        if (!stored)
            throw StoreError(StoreError::Kind::Io, tr("staff member %1 was not stored").arg(s.name));
        return *stored;
    }, landed);
}

StaffMember StaffStore::updateStaffMember(const StaffMember &changed)
{
    const std::optional<StaffMember> current = staffMember(changed.id);
    if (!current)
        throw StoreError(StoreError::Kind::NotFound, tr("staff member %1 does not exist or is outside your area").arg(changed.id));
    requireKeeper(current->gridCode);
    requireKeeper(changed.gridCode);
    StaffMember s = changed;
    s.name = changed.name.trimmed();
    s.note = changed.note.trimmed();
    s.active = current->active;
    s.endedOn = current->endedOn;
    const bool phoneKept = keepsPhone(changed.phone);
    if (!phoneKept)
        s.phone = personaldata::normalizePhone(changed.phone);
    auto landed = [&]() -> std::optional<StaffMember> {
        const std::optional<StaffMember> now = staffMember(s.id);
        if (now && now->rowVersion == changed.rowVersion + 1 && now->name == s.name && now->gridCode == s.gridCode
            && now->role == s.role && now->username == s.username)
            return now;
        return std::nullopt;
    };
    return m_session.write([&]() -> StaffMember {
        const QVector<FieldError> errors = checkDraft(s, phoneKept);
        if (!errors.isEmpty())
            invalid(errors);
        SqlSession::WriteTransaction tx(m_session);
        QVector<QVariant> values{s.name, staffrole::code(s.role), s.gridCode, sql::text(s.username),
                                 dateValue(s.startedOn), sql::text(s.note),
                                 sql::toDbTime(QDateTime::currentDateTimeUtc())};
        QString set = QStringLiteral("name = ?, role = ?, grid_code = ?, username = ?, started_on = ?, note = ?, updated_at = ?, "
                                     "row_version = row_version + 1");
        if (!phoneKept) {
            set += QStringLiteral(", phone = ?");
            values << s.phone;
        }
        if (!m_session.dialect().isPostgres()) { // the server names the login itself
            set += QStringLiteral(", updated_by = ?");
            values << actor();
        }
        values << s.id << changed.rowVersion;
        QSqlQuery q = sql::exec(m_session.db(),
                                QStringLiteral("UPDATE grid_staff SET %1 WHERE fid = ? AND row_version = ?").arg(set), values);
        if (q.numRowsAffected() != 1)
            throw StoreError(StoreError::Kind::Conflict,
                             tr("%1 was changed by someone else meanwhile; read the register again").arg(current->name));
        tx.commit();
        return *staffMember(s.id);
    }, landed);
}

StaffMember StaffStore::retireStaffMember(qint64 id, const QDate &endedOn)
{
    const std::optional<StaffMember> current = staffMember(id);
    if (!current)
        throw StoreError(StoreError::Kind::NotFound, tr("staff member %1 does not exist or is outside your area").arg(id));
    requireKeeper(current->gridCode);
    if (!current->active)
        invalid({{QStringLiteral("active"), tr("%1 has retired already").arg(current->name)}});
    if (!endedOn.isValid() || endedOn < current->startedOn)
        invalid({{QStringLiteral("ended_on"), tr("cannot be before the start date %1").arg(current->startedOn.toString(Qt::ISODate))}});
    auto landed = [&]() -> std::optional<StaffMember> {
        const std::optional<StaffMember> now = staffMember(id);
        if (now && !now->active && now->endedOn == endedOn)
            return now;
        return std::nullopt;
    };
    return m_session.write([&]() -> StaffMember {
        SqlSession::WriteTransaction tx(m_session);
        QVector<QVariant> values{dateValue(endedOn), sql::toDbTime(QDateTime::currentDateTimeUtc())};
        QString set = QStringLiteral("active = false, ended_on = ?, updated_at = ?, row_version = row_version + 1");
        if (!m_session.dialect().isPostgres()) {
            set += QStringLiteral(", updated_by = ?");
            values << actor();
        }
        values << id;
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("UPDATE grid_staff SET %1 WHERE fid = ? AND active").arg(set), values);
        sql::expectAffected(q, 1, tr("retire staff member %1").arg(current->name));
        tx.commit();
        return *staffMember(id);
    }, landed);
}

QString StaffStore::revealStaffPhone(qint64 id)
{
    const StoreScope &scope = m_session.scope();
    if (scope.isLimited()) {
        scope.requirePersonalData();
        if (!staffMember(id))
            throw StoreError(StoreError::Kind::NotFound, tr("staff member %1 does not exist or is outside your area").arg(id));
    }
    // A reveal logged twice after a lost commit says the same thing twice; never none.
    return m_session.rewrite([&]() -> QString {
        if (m_session.dialect().isPostgres()) {
            // The server checks the right and the scope, and the request's
            // audit entry is committed before the number comes back.
            {
                SqlSession::WriteTransaction request(m_session);
                sql::exec(m_session.db(), QStringLiteral("SELECT gd_request_staff_reveal(?)"), {id});
                request.commit();
            }
            QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT gd_reveal_staff_phone(?)"), {id});
            return q.next() ? q.value(0).toString() : QString();
        }
        SqlSession::WriteTransaction tx(m_session);
        const std::optional<UserAccount> &signedIn = m_session.signedIn();
        if (signedIn && !signedIn->personalData)
            throw StoreError(StoreError::Kind::Invalid, tr("%1 has no right to see personal data").arg(signedIn->username));
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT phone FROM grid_staff WHERE fid = ?"), {id});
        if (!q.next())
            throw StoreError(StoreError::Kind::NotFound, tr("staff member %1 does not exist").arg(id));
        const QString phone = q.value(0).toString();
        q.finish();
        m_session.appendAudit(QStringLiteral("reveal"), QStringLiteral("grid_staff"), id,
                              QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("fields"), QStringLiteral("phone")}})
                                                    .toJson(QJsonDocument::Compact)));
        tx.commit();
        return phone;
    });
}

StaffingRule StaffStore::staffingRule() const
{
    return m_session.read([&]() -> StaffingRule {
        StaffingRule rule;
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT key, value FROM gd_meta WHERE key IN (?, ?, ?)"),
                                {StaffingRule::managersKey(), StaffingRule::minAssistantsKey(), StaffingRule::maxAssistantsKey()});
        StaffingRule stored = rule;
        while (q.next()) {
            bool ok = false;
            const int v = q.value(1).toString().toInt(&ok);
            if (!ok)
                continue;
            const QString key = q.value(0).toString();
            (key == StaffingRule::managersKey() ? stored.managers
             : key == StaffingRule::minAssistantsKey() ? stored.minAssistants : stored.maxAssistants) = v;
        }
        // Numbers written past the store (by hand) that make no rule give way to the policy's.
        return stored.check().isEmpty() ? stored : rule;
    });
}

void StaffStore::setStaffingRule(const StaffingRule &rule)
{
    m_session.scope().requireAdministrator();
    const QVector<FieldError> errors = rule.check();
    if (!errors.isEmpty())
        invalid(errors);
    m_session.rewrite([&]() -> void {
        SqlSession::WriteTransaction tx(m_session);
        const QPair<QString, int> values[] = {{StaffingRule::managersKey(), rule.managers},
                                              {StaffingRule::minAssistantsKey(), rule.minAssistants},
                                              {StaffingRule::maxAssistantsKey(), rule.maxAssistants}};
        for (const auto &[key, value] : values)
            sql::exec(m_session.db(), QStringLiteral("INSERT INTO gd_meta (key, value) VALUES (?, ?) "
                                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                      {key, QString::number(value)});
        tx.commit();
    });
}

QVector<QPair<QString, QString>> StaffStore::staffedGrids() const
{
    const StoreScope &scope = m_session.scope();
    return m_session.read([&]() -> QVector<QPair<QString, QString>> {
        QVector<QPair<QString, QString>> out;
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT code, name FROM admin_units WHERE level = ? ORDER BY code"),
                                {int(AdminLevel::Grid)});
        while (q.next())
            if (scope.coversUnit(q.value(0).toString()))
                out.push_back({q.value(0).toString(), q.value(1).toString()});
        return out;
    });
}

QVector<GridStaffing> StaffStore::staffingCheck() const
{
    QStringList codes;
    for (const auto &grid : staffedGrids())
        codes << grid.first;
    return staffingcheck::check(codes, staffMembers(), staffingRule());
}

} // namespace griddesk
