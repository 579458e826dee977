#include "ScreeningStore.h"
#include "IncidentStore.h"
#include "NewIncidentValidator.h"
#include "PolygonOps.h"
#include "ScreeningWeek.h"
#include "SqlSession.h"
#include "StoreError.h"
#include "UnitStore.h"

#include <QSqlQuery>

#include <algorithm>

namespace griddesk {

namespace {
ScreeningVisit readVisit(const QSqlQuery &q)
{
    ScreeningVisit v;
    v.id = q.value(0).toLongLong();
    v.gridCode = q.value(1).toString();
    v.visitedAt = sql::fromDbTime(q.value(2));
    v.isoWeek = q.value(3).toString();
    v.worker = q.value(4).toString();
    v.findings = q.value(5).toString();
    v.incidentId = q.value(6).toLongLong();
    return v;
}
} // namespace

ScreeningStore::ScreeningStore(SqlSession &session, const UnitStore &units, IncidentStore &incidents)
    : m_session(session)
    , m_units(units)
    , m_incidents(incidents)
{
}

qint64 ScreeningStore::addScreeningVisit(const ScreeningVisit &visit, const std::optional<NewIncident> &finding)
{
    const StoreScope &scope = m_session.scope();
    scope.requireWriter();
    if (!scope.seesGrid(visit.gridCode))
        scope.refuse(tr("grid %1 is outside your area").arg(visit.gridCode));
    auto landed = [&]() -> std::optional<qint64> {
        for (const ScreeningVisit &v : screeningVisits(screeningweek::key(visit.visitedAt)))
            if (v.gridCode == visit.gridCode && v.visitedAt == visit.visitedAt && v.worker == visit.worker.trimmed())
                return v.id;
        return std::nullopt;
    };
    return m_session.write([&]() -> qint64 {
        QVector<FieldError> errors;
        const std::optional<AdminUnit> grid = m_units.adminUnit(visit.gridCode);
        if (!grid || grid->level != AdminLevel::Grid)
            errors.push_back({QStringLiteral("grid"), tr("\"%1\" is not a grid of this township").arg(visit.gridCode)});
        if (visit.worker.trimmed().isEmpty())
            errors.push_back({QStringLiteral("worker"), tr("name the grid worker who screened")});
        if (!visit.visitedAt.isValid() || visit.visitedAt > QDateTime::currentDateTimeUtc().addSecs(600))
            errors.push_back({QStringLiteral("visited_at"), tr("the visit time is missing or in the future")});
        if (visit.findings.size() > NewIncidentValidator::kMaxText)
            errors.push_back({QStringLiteral("findings"), tr("the findings are longer than %1 characters").arg(NewIncidentValidator::kMaxText)});
        if (!errors.isEmpty())
            throw StoreError(StoreError::Kind::Invalid, joinErrors(errors), errors);
        SqlSession::WriteTransaction tx(m_session);
        qint64 incidentId = 0;
        if (finding) {
            NewIncident n = *finding;
            n.location = polygon::centroid(grid->geometry);
            if (!polygon::contains(grid->geometry, n.location)) // a concave grid: any inner point will do
                n.location = polygon::bounds(grid->geometry).center();
            n.source = IncidentSource::GridWorker;
            n.reportedAt = visit.visitedAt;
            incidentId = m_incidents.writeIncident(n, visit.worker);
        }
        const qint64 id = m_session.dialect().insert(m_session.db(), QStringLiteral(
            "INSERT INTO screening_visits (grid_code, visited_at, iso_week, worker, findings, incident_id) VALUES (?, ?, ?, ?, ?, ?)"),
            {visit.gridCode, sql::toDbTime(visit.visitedAt), screeningweek::key(visit.visitedAt), visit.worker.trimmed(),
             sql::text(visit.findings), incidentId > 0 ? QVariant(incidentId) : QVariant()}, QStringLiteral("insert screening visit"));
        tx.commit();
        return id;
    }, landed);
}

QVector<ScreeningVisit> ScreeningStore::screeningVisits(const QString &isoWeek) const
{
    const StoreScope &scope = m_session.scope();
    QVector<ScreeningVisit> all = m_session.read([&]() -> QVector<ScreeningVisit> {
        QVector<ScreeningVisit> out;
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral(
            "SELECT fid, grid_code, visited_at, iso_week, worker, findings, incident_id FROM screening_visits "
            "WHERE iso_week = ? ORDER BY visited_at"), {isoWeek});
        while (q.next())
            out.push_back(readVisit(q));
        return out;
    });
    all.erase(std::remove_if(all.begin(), all.end(), [&](const ScreeningVisit &v) { return !scope.seesGrid(v.gridCode); }),
              all.end());
    return all;
}

QHash<QString, ScreeningVisit> ScreeningStore::lastScreeningVisits() const
{
    const StoreScope &scope = m_session.scope();
    QHash<QString, ScreeningVisit> all = m_session.read([&]() -> QHash<QString, ScreeningVisit> {
        QHash<QString, ScreeningVisit> out;
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral(
            // Each grid's newest visit: one seek of the (grid, time) index per grid.
            "SELECT fid, grid_code, visited_at, iso_week, worker, findings, incident_id FROM screening_visits "
            "WHERE fid IN (SELECT (SELECT w.fid FROM screening_visits w WHERE w.grid_code = g.code "
            "ORDER BY w.visited_at DESC, w.fid DESC LIMIT 1) FROM admin_units g WHERE g.level = 6) ORDER BY fid"));
        while (q.next()) {
            const ScreeningVisit v = readVisit(q);
            out.insert(v.gridCode, v);
        }
        return out;
    });
    for (auto it = all.begin(); it != all.end();)
        it = scope.seesGrid(it.key()) ? std::next(it) : all.erase(it);
    return all;
}

} // namespace griddesk
