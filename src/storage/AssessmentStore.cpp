#include "AssessmentStore.h"
#include "KpiPeriod.h"
#include "ScreeningWeek.h"
#include "GpkgGeometry.h"
#include "IncidentRows.h"
#include "Migrations.h"
#include "SqlSession.h"
#include "StoreError.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <tuple>

namespace griddesk {

namespace {

// The cases that matter for [from, to) in four disjoint branches, each
// driven by its own index and read once (no union to deduplicate, no second
// lookup by id): still open; closed in or after the period; closed before it
// but due in or after it; reported in it though closed before (and not due
// in) it. Every branch keeps to cases reported before the period's end.
// SQLite is kept off the other indexes with a unary "+", where it would read
// every earlier case; its planner would also scan the table in id order for
// an ORDER BY, so the caller sorts.
// The four ways a case matters for a period, each on its own index; with
// `township`, each also names the township.
QString periodCases(const SqlDialect &d, const QString &columns, bool township)
{
    auto only = [&](const char *column) { return (d.isPostgres() ? QString() : QStringLiteral("+")) + QLatin1String(column); };
    const QString branch = QStringLiteral("SELECT %1 FROM incidents WHERE ").arg(columns);
    const QString where = township ? QStringLiteral(" AND %1 = ?").arg(only("township_code")) : QString();
    return branch + QStringLiteral("closed_at IS NULL AND %1 < ?").arg(only("reported_at")) + where
        + QStringLiteral(" UNION ALL ") + branch + QStringLiteral("closed_at >= ? AND %1 < ?").arg(only("reported_at")) + where
        + QStringLiteral(" UNION ALL ") + branch
        + QStringLiteral("deadline_at >= ? AND %1 < ? AND %2 < ?").arg(only("reported_at"), only("closed_at")) + where
        + QStringLiteral(" UNION ALL ") + branch
        + QStringLiteral("reported_at >= ? AND reported_at < ? AND %1 < ? AND (deadline_at IS NULL OR %2 < ?)")
              .arg(only("closed_at"), only("deadline_at"))
        + where;
}

QVector<QVariant> periodValues(const QDateTime &from, const QDateTime &to, const QString &township)
{
    const QVariant f = sql::toDbTime(from);
    const QVariant t = sql::toDbTime(to);
    const QVector<QVector<QVariant>> branches = {{t}, {f, t}, {f, t, f}, {f, t, f, f}};
    QVector<QVariant> values;
    for (const QVector<QVariant> &b : branches) {
        values += b;
        if (!township.isEmpty())
            values << township;
    }
    return values;
}

KpiCase readCase(const QSqlQuery &q, QStringList *coDepartments)
{
    KpiCase k;
    int c = 0;
    k.id = q.value(c++).toLongLong();
    k.code = sql::fromDbText(q.value(c++));
    k.categoryCode = sql::fromDbText(q.value(c++));
    incidentsource::fromCode(sql::fromDbText(q.value(c++)), &k.source);
    incidentstate::fromCode(sql::fromDbText(q.value(c++)), &k.state);
    k.reportedAt = sql::fromDbTime(q.value(c++));
    k.deadlineAt = sql::fromDbTime(q.value(c++));
    k.closedAt = sql::fromDbTime(q.value(c++));
    k.gridCode = sql::fromDbText(q.value(c++));
    k.communityCode = sql::fromDbText(q.value(c++));
    k.townshipCode = sql::fromDbText(q.value(c++));
    k.leadDepartment = sql::fromDbText(q.value(c++));
    *coDepartments = incidentrows::splitList(sql::fromDbText(q.value(c++)));
    k.satisfaction = sql::fromDbText(q.value(c++));
    const int level = q.value(c++).toInt();
    k.level = isValidAdminLevel(level) ? AdminLevel(level) : AdminLevel::Grid;
    k.reworkCount = q.value(c++).toInt();
    k.supervised = q.value(c++).toBool();
    k.masterId = q.value(c++).toLongLong();
    gpkggeometry::decodePoint(q.value(c++).toByteArray(), &k.location);
    k.address = sql::fromDbText(q.value(c++));
    k.parties = incidentrows::splitList(sql::fromDbText(q.value(c++)));
    return k;
}

} // namespace

AssessmentStore::AssessmentStore(SqlSession &session)
    : m_session(session)
{
}

QVector<KpiCase> AssessmentStore::kpiCases(const QDateTime &from, const QDateTime &to, const QString &townshipCode) const
{
    const StoreScope &scope = m_session.scope();
    return m_session.read([&]() -> QVector<KpiCase> {
        const SqlDialect &d = m_session.dialect();
        QVector<KpiCase> cases;
        // Text as it is stored, for speed (SqlDialect::bulkText).
        auto text = [&](const char *column) { return d.bulkText(QLatin1String(column)); };
        auto time = [&](const char *column) { return d.bulkTime(QLatin1String(column)); };
        const QString columns = QStringList{QStringLiteral("fid"), text("code"), text("category_code"), text("source"),
                                            text("state"), time("reported_at"), time("deadline_at"), time("closed_at"),
                                            text("grid_code"), text("community_code"), text("township_code"),
                                            text("lead_department"), text("co_departments"), text("satisfaction"),
                                            QStringLiteral("level, rework_count, supervised, master_id"), d.geomRead(),
                                            text("address"), text("parties")}
                                    .join(QStringLiteral(", "));
        QSqlQuery q = sql::exec(m_session.db(), periodCases(d, columns, !townshipCode.isEmpty()),
                                periodValues(from, to, townshipCode));
        while (q.next()) {
            QStringList coDepartments;
            KpiCase k = readCase(q, &coDepartments);
            if (scope.isLimited()) {
                Incident where;
                where.gridCode = k.gridCode;
                where.communityCode = k.communityCode;
                where.townshipCode = k.townshipCode;
                where.leadDepartment = k.leadDepartment;
                where.coDepartments = coDepartments;
                if (!scope.seesIncident(where))
                    continue;
            }
            cases.push_back(std::move(k));
        }
        q.finish();
        if (cases.isEmpty())
            return cases;
        std::sort(cases.begin(), cases.end(), [](const KpiCase &a, const KpiCase &b) { return a.id < b.id; });
        QVector<qint64> ids;
        QHash<qint64, int> index;
        ids.reserve(cases.size());
        index.reserve(cases.size());
        for (const KpiCase &k : cases) {
            index.insert(k.id, ids.size());
            ids.push_back(k.id);
        }
        // The events of exactly the cases kept, named in one bound value, read
        // through the partial index of the counted actions (its condition
        // repeated word for word).
        QSqlQuery e = sql::exec(m_session.db(), QStringLiteral(
            "SELECT incident_id, %1, %2 FROM incident_history WHERE %3 AND %4 ORDER BY incident_id, at, fid")
                                                    .arg(d.bulkText(QStringLiteral("action")), d.bulkTime(QStringLiteral("at")),
                                                         d.inIdList(QStringLiteral("incident_id")),
                                                         migrations::kpiActionsCondition()),
                                {d.idList(ids)});
        while (e.next()) {
            const auto found = index.constFind(e.value(0).toLongLong());
            KpiEvent event;
            if (found == index.constEnd() || !incidentaction::fromCode(sql::fromDbText(e.value(1)), &event.action))
                continue;
            event.at = sql::fromDbTime(e.value(2));
            cases[*found].events.push_back(event);
        }
        return cases;
    });
}

QVector<KpiUnit> AssessmentStore::kpiUnits(const QDateTime &from, const QDateTime &to) const
{
    const StoreScope &scope = m_session.scope();
    return m_session.read([&]() -> QVector<KpiUnit> {
        QVector<KpiUnit> units;
        const bool span = from.isValid() && to.isValid();
        // Days in China time: a version holds from its first day to the day before valid_to.
        const QDate firstDay = span ? KpiPeriod::dayOf(from) : QDate();
        const QDate endDay = span ? KpiPeriod::dayOf(to.addMSecs(-1)).addDays(1) : QDate();
        QSqlQuery q = span
            ? sql::exec(m_session.db(), QStringLiteral(
                  "SELECT v.code, v.parent_code, v.name, v.short_name, v.level, a.population FROM unit_versions v "
                  "LEFT JOIN admin_units a ON a.code = v.code WHERE v.level BETWEEN ? AND ? AND v.geom IS NOT NULL "
                  "AND (v.valid_from IS NULL OR v.valid_from < ?) AND (v.valid_to IS NULL OR v.valid_to > ?) "
                  "AND (v.valid_to IS NULL OR v.valid_from IS NULL OR v.valid_to > v.valid_from) "
                  "ORDER BY v.level, v.code, v.version"),
                  {int(AdminLevel::Township), int(AdminLevel::Grid), QVariant(endDay), QVariant(firstDay)})
            : sql::exec(m_session.db(), QStringLiteral(
                  "SELECT code, parent_code, name, short_name, level, population FROM admin_units "
                  "WHERE level BETWEEN ? AND ? AND geom IS NOT NULL ORDER BY level, code"),
                  {int(AdminLevel::Township), int(AdminLevel::Grid)});
        while (q.next()) {
            KpiUnit u;
            u.code = q.value(0).toString();
            if (!scope.coversUnit(u.code))
                continue;
            if (!units.isEmpty() && units.last().code == u.code)
                units.removeLast(); // the span's latest version names it
            u.parentCode = q.value(1).toString();
            const QString shortName = q.value(3).toString();
            u.name = shortName.isEmpty() ? q.value(2).toString() : shortName;
            u.level = AdminLevel(q.value(4).toInt());
            u.population = q.value(5).toLongLong();
            units.push_back(u);
        }
        q.finish();
        const std::optional<UserAccount> &person = scope.person();
        const bool ownOnly = person && person->role == Role::DepartmentHandler;
        QSqlQuery departments = sql::exec(m_session.db(), QStringLiteral(
            "SELECT code, name_zh FROM departments WHERE active ORDER BY sort_order, code"));
        while (departments.next()) {
            KpiUnit u;
            u.code = departments.value(0).toString();
            if (ownOnly && u.code != person->department)
                continue;
            u.name = departments.value(1).toString();
            u.level = AdminLevel::Township;
            u.department = true;
            units.push_back(u);
        }
        return units;
    });
}

QVector<KpiScreening> AssessmentStore::kpiScreenings(const QDateTime &from, const QDateTime &to) const
{
    const StoreScope &scope = m_session.scope();
    return m_session.read([&]() -> QVector<KpiScreening> {
        QVector<KpiScreening> out;
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral(
            "SELECT DISTINCT grid_code, iso_week FROM screening_visits WHERE visited_at >= ? AND visited_at < ? "
            "ORDER BY grid_code, iso_week"), {sql::toDbTime(from), sql::toDbTime(to)});
        while (q.next()) {
            KpiScreening s{q.value(0).toString(), q.value(1).toString()};
            if (scope.seesGrid(s.gridCode))
                out.push_back(s);
        }
        return out;
    });
}

QVector<KpiGridWorker> AssessmentStore::kpiGridWorkers(const QDateTime &from, const QDateTime &to) const
{
    const StoreScope &scope = m_session.scope();
    // Days in China time: served on a day of the span.
    const QDate first = KpiPeriod::dayOf(from);
    const QDate last = KpiPeriod::dayOf(to.addMSecs(-1));
    return m_session.read([&]() -> QVector<KpiGridWorker> {
        QVector<KpiGridWorker> out;
        // A person retired without an end day never served as far as the log is concerned.
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral(
            "SELECT grid_code, name, started_on, ended_on FROM grid_staff WHERE started_on <= ? "
            "AND (ended_on IS NULL AND active OR ended_on >= ?) ORDER BY grid_code, name, fid"),
            {last.toString(Qt::ISODate), first.toString(Qt::ISODate)});
        while (q.next()) {
            KpiGridWorker w{q.value(0).toString(), q.value(1).toString().trimmed(),
                            QDate::fromString(q.value(2).toString().left(10), Qt::ISODate),
                            QDate::fromString(q.value(3).toString().left(10), Qt::ISODate)};
            if (scope.seesGrid(w.gridCode))
                out.push_back(w);
        }
        return out;
    });
}

QVector<KpiWorkLogCount> AssessmentStore::kpiWorkLog(const QDateTime &from, const QDateTime &to) const
{
    const StoreScope &scope = m_session.scope();
    const QDate first = KpiPeriod::dayOf(from);
    const QDate last = KpiPeriod::dayOf(to.addMSecs(-1));
    return m_session.read([&]() -> QVector<KpiWorkLogCount> {
        // Counted per day in the database (through the work log's day index),
        // then per ISO week here.
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral(
            "SELECT grid_code, worker, worked_on, activity, count(*) FROM work_log WHERE worked_on BETWEEN ? AND ? "
            "GROUP BY grid_code, worker, worked_on, activity"),
            {first.toString(Qt::ISODate), last.toString(Qt::ISODate)});
        std::map<std::tuple<QString, QString, QString, QString>, int> counts;
        while (q.next()) {
            const QString grid = q.value(0).toString();
            if (!scope.seesGrid(grid))
                continue;
            const QDate day = QDate::fromString(q.value(2).toString().left(10), Qt::ISODate);
            counts[{grid, q.value(1).toString().trimmed(), screeningweek::key(day), q.value(3).toString()}]
                += q.value(4).toInt();
        }
        QVector<KpiWorkLogCount> out;
        out.reserve(int(counts.size()));
        for (const auto &[key, entries] : counts)
            out.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), std::get<3>(key), entries});
        return out;
    });
}

KpiActivity AssessmentStore::kpiActivity(const QDateTime &from, const QDateTime &to) const
{
    return {kpiScreenings(from, to), kpiGridWorkers(from, to), kpiWorkLog(from, to)};
}

void AssessmentStore::setPopulation(const QString &unitCode, qint64 residents)
{
    m_session.scope().requireAdministrator();
    if (residents < 0) {
        const FieldError e{QStringLiteral("population"),
                           tr("unit %1: %2 residents is not a population (give 0 when it is not known)")
                               .arg(unitCode)
                               .arg(residents)};
        throw StoreError(StoreError::Kind::Invalid, e.toString(), {e});
    }
    m_session.rewrite([&] {
        SqlSession::WriteTransaction tx(m_session);
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("UPDATE admin_units SET population = ? WHERE code = ?"),
                                {residents > 0 ? QVariant(residents) : QVariant(), unitCode});
        if (q.numRowsAffected() == 0)
            throw StoreError(StoreError::Kind::NotFound, tr("there is no unit %1 in this database").arg(unitCode));
        sql::expectAffected(q, 1, tr("population of unit %1").arg(unitCode));
        tx.commit();
    });
}

} // namespace griddesk
