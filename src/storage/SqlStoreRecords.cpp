#include "SqlStore.h"
#include "NewIncidentValidator.h"
#include "PolygonOps.h"
#include "ScreeningWeek.h"
#include "SqlHelpers.h"
#include "StoreError.h"

#include <QSqlQuery>

// Weekly screening visits and incident attachments in the SQL store.
// (SqlStore's implementation is split by concern; the class is declared
// once, in SqlStore.h.)

namespace griddesk {

qint64 SqlStore::addScreeningVisit(const ScreeningVisit &visit, const std::optional<NewIncident> &finding)
{
    QVector<FieldError> errors;
    const std::optional<AdminUnit> grid = adminUnit(visit.gridCode);
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
    WriteTransaction tx(*this);
    qint64 incidentId = 0;
    if (finding) {
        NewIncident n = *finding;
        n.location = polygon::centroid(grid->geometry);
        if (!polygon::contains(grid->geometry, n.location)) // a concave grid: any inner point will do
            n.location = polygon::bounds(grid->geometry).center();
        n.source = IncidentSource::GridWorker;
        n.reportedAt = visit.visitedAt;
        incidentId = writeIncident(n, visit.worker);
    }
    const qint64 id = dialect().insert(db(), QStringLiteral(
        "INSERT INTO screening_visits (grid_code, visited_at, iso_week, worker, findings, incident_id) VALUES (?, ?, ?, ?, ?, ?)"),
        {visit.gridCode, sql::toDbTime(visit.visitedAt), screeningweek::key(visit.visitedAt), visit.worker.trimmed(),
         sql::text(visit.findings), incidentId > 0 ? QVariant(incidentId) : QVariant()}, QStringLiteral("insert screening visit"));
    tx.commit();
    return id;
}

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

QVector<ScreeningVisit> SqlStore::screeningVisits(const QString &isoWeek) const
{
    QVector<ScreeningVisit> out;
    QSqlQuery q = sql::exec(db(), QStringLiteral(
        "SELECT fid, grid_code, visited_at, iso_week, worker, findings, incident_id FROM screening_visits "
        "WHERE iso_week = ? ORDER BY visited_at"), {isoWeek});
    while (q.next())
        out.push_back(readVisit(q));
    return out;
}

QHash<QString, ScreeningVisit> SqlStore::lastScreeningVisits() const
{
    QHash<QString, ScreeningVisit> out;
    QSqlQuery q = sql::exec(db(), QStringLiteral(
        "SELECT fid, grid_code, visited_at, iso_week, worker, findings, incident_id FROM screening_visits v "
        "WHERE visited_at = (SELECT MAX(visited_at) FROM screening_visits w WHERE w.grid_code = v.grid_code) ORDER BY fid"));
    while (q.next()) {
        const ScreeningVisit v = readVisit(q);
        out.insert(v.gridCode, v);
    }
    return out;
}

QVector<Attachment> SqlStore::attachments(qint64 incidentId) const
{
    QVector<Attachment> out;
    QSqlQuery q = sql::exec(db(), QStringLiteral(
        "SELECT fid, file_name, mime_type, size, added_at, added_by FROM attachments WHERE incident_id = ? ORDER BY fid"),
        {incidentId});
    while (q.next()) {
        Attachment a;
        a.id = q.value(0).toLongLong();
        a.fileName = q.value(1).toString();
        a.mimeType = q.value(2).toString();
        a.size = q.value(3).toLongLong();
        a.addedAt = sql::fromDbTime(q.value(4));
        a.addedBy = q.value(5).toString();
        out.push_back(a);
    }
    return out;
}

QByteArray SqlStore::attachmentContent(qint64 attachmentId) const
{
    QSqlQuery q = sql::exec(db(), QStringLiteral("SELECT content FROM attachments WHERE fid = ?"), {attachmentId});
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

} // namespace griddesk
