#include "ReferenceStore.h"
#include "ReferenceData.h"
#include "SqlSession.h"
#include "StoreError.h"
#include "UnitStore.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

namespace griddesk {

namespace {
// Settings an administrator may change, with their allowed ranges.
struct SettingSpec {
    const char *key;
    double min;
    double max;
};
const SettingSpec kSettings[] = {
    {"escalation_grace_days", 0, 30},
    {"duplicate_distance_m", 10, 5000},
    {"duplicate_window_hours", 1, 24 * 30},
    {"duplicate_party_window_days", 1, 365},
    {"assessment_min_cases", 1, 1000},
    {"assessment_work_log_per_week", 1, 100},
};
} // namespace

ReferenceStore::ReferenceStore(SqlSession &session, const UnitStore &units)
    : m_session(session)
    , m_units(units)
{
}

QVector<IncidentCategory> ReferenceStore::categories() const
{
    return m_session.read([&] {
        QVector<IncidentCategory> out;
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral(
            "SELECT code, name_zh, name_en, time_limit_days FROM incident_categories ORDER BY sort_order, code"));
        while (q.next())
            out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()});
        return out;
    });
}

QVector<Department> ReferenceStore::departments() const
{
    return m_session.read([&]() -> QVector<Department> {
        QVector<Department> out;
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral(
            "SELECT code, name_zh, name_en FROM departments WHERE active ORDER BY sort_order, code"));
        while (q.next())
            out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
        return out;
    });
}

QString ReferenceStore::suggestDepartment(const QString &categoryCode, const QString &gridCode) const
{
    return m_session.read([&]() -> QString {
        QVector<RoutingRule> rules;
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral(
            "SELECT category_code, unit_code, department_code FROM routing_rules WHERE category_code = ?"), {categoryCode});
        while (q.next())
            rules.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
        return departmentcatalog::route(rules, categoryCode, gridCode);
    });
}

TimeLimits ReferenceStore::timeLimits(const QString &categoryCode) const
{
    return m_session.read([&]() -> TimeLimits {
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral(
            "SELECT time_limit_days, accept_days, dispatch_days, handle_days, verify_days FROM incident_categories "
            "WHERE code = ?"), {categoryCode});
        TimeLimits t;
        if (q.next()) {
            t.caseDays = q.value(0).toInt();
            t.acceptDays = q.value(1).toInt();
            t.dispatchDays = q.value(2).toInt();
            t.handleDays = q.value(3).toInt();
            t.verifyDays = q.value(4).toInt();
        }
        return t;
    });
}

WorkingCalendar ReferenceStore::calendar() const
{
    return m_session.read([&]() -> WorkingCalendar {
        QStringList lines;
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT day, kind, name FROM working_calendar ORDER BY day"));
        while (q.next())
            lines << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()}.join(QLatin1Char(','));
        QVector<FieldError> ignored; // the table's CHECK constraint keeps it well formed
        return WorkingCalendar::parse(lines.join(QLatin1Char('\n')), &ignored);
    });
}

EscalationSettings ReferenceStore::escalationSettings() const
{
    return m_session.read([&]() -> EscalationSettings {
        EscalationSettings s;
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT value FROM gd_meta WHERE key = 'escalation_grace_days'"));
        if (q.next())
            s.graceWorkingDays = q.value(0).toInt();
        return s;
    });
}

DuplicateSettings ReferenceStore::duplicateSettings() const
{
    return m_session.read([&]() -> DuplicateSettings {
        DuplicateSettings s;
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT key, value FROM gd_meta WHERE key LIKE 'duplicate_%'"));
        while (q.next()) {
            const QString key = q.value(0).toString();
            if (key == QLatin1String("duplicate_distance_m"))
                s.distanceMetres = q.value(1).toDouble();
            else if (key == QLatin1String("duplicate_window_hours"))
                s.windowHours = q.value(1).toInt();
            else if (key == QLatin1String("duplicate_party_window_days"))
                s.partyWindowDays = q.value(1).toInt();
        }
        return s;
    });
}

KpiSettings ReferenceStore::assessmentSettings() const
{
    return m_session.read([&]() -> KpiSettings {
        KpiSettings s;
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral(
            "SELECT key, value FROM gd_meta WHERE key IN ('assessment_min_cases', 'assessment_work_log_per_week')"));
        while (q.next()) {
            if (q.value(0).toString() == QLatin1String("assessment_min_cases"))
                s.minCases = q.value(1).toInt();
            else
                s.workLogPerWeek = q.value(1).toInt();
        }
        return s;
    });
}

void ReferenceStore::setSetting(const QString &key, const QString &value)
{
    m_session.scope().requireAdministrator();
    return m_session.rewrite([&]() -> void {
        for (const SettingSpec &spec : kSettings) {
            if (key != QLatin1String(spec.key))
                continue;
            bool ok = false;
            const double v = value.toDouble(&ok);
            if (!ok || v < spec.min || v > spec.max) {
                const FieldError e{key, tr("must be a number from %1 to %2").arg(spec.min).arg(spec.max)};
                throw StoreError(StoreError::Kind::Invalid, e.toString(), {e});
            }
            SqlSession::WriteTransaction tx(m_session);
            sql::exec(m_session.db(), QStringLiteral("INSERT INTO gd_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"), {key, value});
            tx.commit();
            return;
        }
        QStringList known;
        for (const SettingSpec &spec : kSettings)
            known << QString::fromLatin1(spec.key);
        const FieldError e{QStringLiteral("key"), tr("unknown setting \"%1\"; known: %2").arg(key, known.join(QStringLiteral(", ")))};
        throw StoreError(StoreError::Kind::Invalid, e.toString(), {e});
    });
}

void ReferenceStore::setTimeLimits(const QString &categoryCode, const TimeLimits &t)
{
    m_session.scope().requireAdministrator();
    return m_session.rewrite([&]() -> void {
        QVector<FieldError> errors;
        const QPair<const char *, int> values[] = {{"case_days", t.caseDays}, {"accept_days", t.acceptDays},
                                                   {"dispatch_days", t.dispatchDays}, {"handle_days", t.handleDays},
                                                   {"verify_days", t.verifyDays}};
        for (const auto &v : values)
            if (v.second < 1 || v.second > 365)
                errors.push_back({QString::fromLatin1(v.first), tr("must be 1 to 365 working days")});
        if (t.handleDays > t.caseDays)
            errors.push_back({QStringLiteral("handle_days"), tr("cannot exceed the whole-case limit")});
        if (!errors.isEmpty())
            throw StoreError(StoreError::Kind::Invalid, joinErrors(errors), errors);
        SqlSession::WriteTransaction tx(m_session);
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral(
            "UPDATE incident_categories SET time_limit_days = ?, accept_days = ?, dispatch_days = ?, handle_days = ?, "
            "verify_days = ? WHERE code = ?"),
            {t.caseDays, t.acceptDays, t.dispatchDays, t.handleDays, t.verifyDays, categoryCode});
        if (q.numRowsAffected() != 1) {
            const FieldError e{QStringLiteral("category"), tr("unknown category \"%1\"").arg(categoryCode)};
            throw StoreError(StoreError::Kind::Invalid, e.toString(), {e});
        }
        tx.commit();
    });
}

void ReferenceStore::upsertDepartment(const Department &d)
{
    m_session.scope().requireAdministrator();
    return m_session.rewrite([&]() -> void {
        QVector<FieldError> errors;
        if (!QRegularExpression(QStringLiteral("^[a-z][a-z0-9_]{1,40}$")).match(d.code).hasMatch())
            errors.push_back({QStringLiteral("code"), tr("use 2-41 lower-case letters, digits or _ starting with a letter")});
        if (d.nameZh.trimmed().isEmpty())
            errors.push_back({QStringLiteral("name_zh"), tr("a Chinese name is required")});
        if (!errors.isEmpty())
            throw StoreError(StoreError::Kind::Invalid, joinErrors(errors), errors);
        SqlSession::WriteTransaction tx(m_session);
        sql::exec(m_session.db(), QStringLiteral(
            "INSERT INTO departments (code, name_zh, name_en, sort_order) VALUES (?, ?, ?, "
            "(SELECT COALESCE(MAX(sort_order), 0) + 1 FROM departments)) "
            "ON CONFLICT (code) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en, active = TRUE"),
            {d.code, d.nameZh.trimmed(), sql::text(d.nameEn.isEmpty() ? d.code : d.nameEn)});
        tx.commit();
    });
}

void ReferenceStore::setRouting(const RoutingRule &r)
{
    m_session.scope().requireAdministrator();
    return m_session.rewrite([&]() -> void {
        QVector<FieldError> errors;
        if (!categorycatalog::find(r.categoryCode)
            && !sql::exec(m_session.db(), QStringLiteral("SELECT 1 FROM incident_categories WHERE code = ?"), {r.categoryCode}).next())
            errors.push_back({QStringLiteral("category"), tr("unknown category \"%1\"").arg(r.categoryCode)});
        if (!sql::exec(m_session.db(), QStringLiteral("SELECT 1 FROM departments WHERE code = ?"), {r.departmentCode}).next())
            errors.push_back({QStringLiteral("department"), tr("unknown department \"%1\"").arg(r.departmentCode)});
        if (!r.unitCode.isEmpty() && !m_units.adminUnit(r.unitCode))
            errors.push_back({QStringLiteral("unit"), tr("unknown grid or community \"%1\"").arg(r.unitCode)});
        if (!errors.isEmpty())
            throw StoreError(StoreError::Kind::Invalid, joinErrors(errors), errors);
        SqlSession::WriteTransaction tx(m_session);
        sql::exec(m_session.db(), QStringLiteral("DELETE FROM routing_rules WHERE category_code = ? AND unit_code = ?"),
                  {r.categoryCode, sql::text(r.unitCode)});
        sql::exec(m_session.db(), QStringLiteral("INSERT INTO routing_rules (category_code, unit_code, department_code) VALUES (?, ?, ?)"),
                  {r.categoryCode, sql::text(r.unitCode), r.departmentCode});
        tx.commit();
    });
}

void ReferenceStore::replaceCalendar(const QString &csvText)
{
    m_session.scope().requireAdministrator();
    return m_session.rewrite([&]() -> void {
        QVector<FieldError> errors;
        const WorkingCalendar parsed = WorkingCalendar::parse(csvText, &errors);
        if (!errors.isEmpty())
            throw StoreError(StoreError::Kind::Invalid, joinErrors(errors), errors);
        if (parsed.years().isEmpty()) {
            const FieldError e{QStringLiteral("file"), tr("the calendar lists no days")};
            throw StoreError(StoreError::Kind::Invalid, e.toString(), {e});
        }
        // All or nothing: the old calendar stays until the new one is complete.
        SqlSession::WriteTransaction tx(m_session);
        sql::execRaw(m_session.db(), QStringLiteral("DELETE FROM working_calendar"));
        referencedata::writeCalendar(m_session.db(), csvText);
        tx.commit();
    });
}

} // namespace griddesk
