#include "SqlStore.h"
#include "DivisionCode.h"
#include "DeadlineClock.h"
#include "GpkgGeometry.h"
#include "IncidentRows.h"
#include "IncidentWorkflow.h"
#include "NewIncidentValidator.h"
#include "PolygonOps.h"
#include "ScreeningWeek.h"
#include "SqlHelpers.h"
#include "StoreError.h"

#include <QAtomicInteger>
#include <QRegularExpression>
#include <QSet>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTimeZone>

namespace griddesk {

namespace {

AdminUnit readUnit(const QSqlQuery &q)
{
    AdminUnit u;
    u.id = q.value(0).toLongLong();
    gpkggeometry::decodeMultiPolygon(q.value(1).toByteArray(), &u.geometry);
    u.code = q.value(2).toString();
    u.parentCode = q.value(3).toString();
    u.name = q.value(4).toString();
    u.shortName = q.value(5).toString();
    u.level = static_cast<AdminLevel>(q.value(6).toInt());
    return u;
}

QString unitColumns(const SqlDialect &d)
{
    return QStringLiteral("fid, %1, code, parent_code, name, short_name, level").arg(d.geomRead());
}

QVector<FieldError> validateUnit(const AdminUnit &u, int row)
{
    QVector<FieldError> errors;
    if (!divisioncode::isValid(u.code, u.level))
        errors.push_back({QStringLiteral("code"),
                          QStringLiteral("\"%1\" is not a valid code for level %2").arg(u.code).arg(int(u.level)), row});
    if (u.name.trimmed().isEmpty())
        errors.push_back({QStringLiteral("name"), QStringLiteral("a name is required"), row});
    if (u.level != AdminLevel::District && u.geometry.isEmpty())
        errors.push_back({QStringLiteral("geom"), QStringLiteral("a boundary is required below district level"), row});
    return errors;
}

} // namespace

SqlStore::SqlStore(QString location, QString connection, SqlDialect dialect)
    : m_location(std::move(location))
    , m_connection(std::move(connection))
    , m_dialect(dialect)
    , m_db(QSqlDatabase::database(m_connection, false))
{
}

SqlStore::~SqlStore()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

QVector<AdminUnit> SqlStore::adminUnits(int level) const
{
    QVector<AdminUnit> units;
    QSqlQuery q = level > 0
        ? sql::exec(db(), QStringLiteral("SELECT %1 FROM admin_units WHERE level = ? ORDER BY code").arg(unitColumns(dialect())), {level})
        : sql::exec(db(), QStringLiteral("SELECT %1 FROM admin_units ORDER BY level, code").arg(unitColumns(dialect())));
    while (q.next())
        units.push_back(readUnit(q));
    return units;
}

std::optional<AdminUnit> SqlStore::adminUnit(const QString &code) const
{
    QSqlQuery q = sql::exec(db(), QStringLiteral("SELECT %1 FROM admin_units WHERE code = ?").arg(unitColumns(dialect())), {code});
    if (!q.next())
        return std::nullopt;
    return readUnit(q);
}

std::optional<AdminUnit> SqlStore::gridAt(const GeoPoint &p) const
{
    QSqlQuery q = sql::exec(db(), QStringLiteral(
        "SELECT %1 FROM admin_units WHERE level = ? AND fid IN (%2) ORDER BY code")
                                      .arg(unitColumns(dialect()), dialect().gridCandidates()),
        QVector<QVariant>{int(AdminLevel::Grid)} + dialect().gridCandidateValues(p));
    while (q.next()) {
        AdminUnit u = readUnit(q);
        if (polygon::contains(u.geometry, p))
            return u;
    }
    return std::nullopt;
}

QVector<IncidentCategory> SqlStore::categories() const
{
    QVector<IncidentCategory> out;
    QSqlQuery q = sql::exec(db(), QStringLiteral(
        "SELECT code, name_zh, name_en, time_limit_days FROM incident_categories ORDER BY sort_order, code"));
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()});
    return out;
}

QVector<Camera> SqlStore::cameras() const
{
    QVector<Camera> out;
    QSqlQuery q = sql::exec(db(), QStringLiteral(
        "SELECT fid, %1, device_id, name, camera_class, online, networked, grid_code, installed_at "
        "FROM cameras ORDER BY fid").arg(dialect().geomRead()));
    while (q.next()) {
        Camera c;
        c.id = q.value(0).toLongLong();
        gpkggeometry::decodePoint(q.value(1).toByteArray(), &c.location);
        c.deviceId = q.value(2).toString();
        c.name = q.value(3).toString();
        c.cameraClass = static_cast<CameraClass>(q.value(4).toInt());
        c.online = q.value(5).toBool();
        c.networked = q.value(6).toBool();
        c.gridCode = q.value(7).toString();
        c.installedAt = QDateTime(q.value(8).toDate(), QTime(0, 0), Qt::UTC);
        out.push_back(c);
    }
    return out;
}

QVector<Incident> SqlStore::incidents(const IncidentQuery &query) const
{
    QString where;
    QVector<QVariant> values;
    QStringList clauses;
    if (!query.states.isEmpty()) {
        QStringList marks;
        for (IncidentState s : query.states) {
            marks << QStringLiteral("?");
            values << incidentstate::code(s);
        }
        // A page of ended cases without a period reads newest first through
        // the report-time index; SQLite's state index would visit every
        // ended case of the township's years first ("+" turns it off there).
        const bool byReportTime = query.limit >= 0 && !query.closedSince.isValid() && !dialect().isPostgres();
        clauses << QStringLiteral("%1state IN (%2)")
                       .arg(byReportTime ? QStringLiteral("+") : QString(), marks.join(QLatin1Char(',')));
    }
    if (query.reportedSince.isValid()) {
        clauses << QStringLiteral("reported_at >= ?");
        values << sql::toDbTime(query.reportedSince);
    }
    if (!query.unitCode.isEmpty()) {
        clauses << QStringLiteral("(grid_code = ? OR community_code = ? OR township_code = ?)");
        values << query.unitCode << query.unitCode << query.unitCode;
    }
    if (query.closedSince.isValid()) {
        // Driven by the closing-time index alone (both branches), so that the
        // ended cases before the period are never read.
        clauses << QStringLiteral("fid IN (SELECT fid FROM incidents WHERE closed_at IS NULL "
                                  "UNION ALL SELECT fid FROM incidents WHERE closed_at >= ?)");
        values << sql::toDbTime(query.closedSince);
    }
    if (query.afterReportedAt.isValid()) {
        clauses << QStringLiteral("(reported_at < ? OR (reported_at = ? AND fid < ?))");
        values << sql::toDbTime(query.afterReportedAt) << sql::toDbTime(query.afterReportedAt) << query.afterId;
    }
    if (!clauses.isEmpty())
        where = QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    QString statement = QStringLiteral("SELECT %1 FROM incidents%2 ORDER BY reported_at DESC, fid DESC")
                            .arg(incidentrows::incidentColumns(dialect()), where);
    if (query.limit >= 0) {
        statement += QStringLiteral(" LIMIT ?");
        values << query.limit;
    }
    QVector<Incident> out;
    QSqlQuery q = sql::exec(db(), statement, values);
    while (q.next())
        out.push_back(incidentrows::readIncident(q));
    return out;
}

std::optional<Incident> SqlStore::incident(qint64 id) const
{
    QSqlQuery q = sql::exec(db(), QStringLiteral("SELECT %1 FROM incidents WHERE fid = ?").arg(incidentrows::incidentColumns(dialect())), {id});
    if (!q.next())
        return std::nullopt;
    return incidentrows::readIncident(q);
}

QVector<Incident> SqlStore::dispatchQueue(const QDateTime &evaluationSince) const
{
    QVector<Incident> out;
    QSqlQuery q = sql::exec(db(), QStringLiteral(
        "SELECT %1 FROM incidents WHERE state IN ('reported', 'accepted', 'dispatched', 'handling', 'replied', 'verified') "
        "UNION ALL SELECT %1 FROM incidents%2 "
        "WHERE state = 'closed' AND satisfaction = '' AND closed_at >= ?")
                                      .arg(incidentrows::summaryColumns(), dialect().indexedBy(QStringLiteral("incidents_unevaluated"))), {sql::toDbTime(evaluationSince)});
    out.reserve(16384);
    while (q.next())
        out.push_back(incidentrows::readSummary(q));
    return out;
}

std::optional<Incident> SqlStore::lockedIncident(qint64 id)
{
    QSqlQuery q = sql::exec(db(), QStringLiteral("SELECT %1 FROM incidents WHERE fid = ?%2")
                                      .arg(incidentrows::incidentColumns(dialect()), dialect().rowLock()), {id});
    if (!q.next())
        return std::nullopt;
    return incidentrows::readIncident(q);
}

std::optional<Incident> SqlStore::incidentByCode(const QString &code) const
{
    QSqlQuery q = sql::exec(db(), QStringLiteral("SELECT %1 FROM incidents WHERE code = ?").arg(incidentrows::incidentColumns(dialect())),
                            {code.trimmed()});
    if (!q.next())
        return std::nullopt;
    return incidentrows::readIncident(q);
}

QVector<IncidentHistoryEntry> SqlStore::history(qint64 incidentId) const
{
    QVector<IncidentHistoryEntry> out;
    QSqlQuery q = sql::exec(db(), QStringLiteral("SELECT %1 FROM incident_history WHERE incident_id = ? ORDER BY at, fid")
                                      .arg(incidentrows::historyColumns()), {incidentId});
    while (q.next())
        out.push_back(incidentrows::readHistory(q));
    return out;
}

QString SqlStore::nextIncidentCode(const QDateTime &reportedAt)
{
    // Case numbers follow the centre's local day (China Standard Time).
    const QString day = reportedAt.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyyMMdd"));
    const QString prefix = QStringLiteral("E%1-").arg(day);
    if (dialect().isPostgres()) {
        // Under row-level security only the server sees the day's whole
        // sequence; it also takes the lock that keeps writers in turn.
        QSqlQuery q = sql::exec(db(), QStringLiteral("SELECT gd_next_incident_code(?)"), {prefix});
        q.next();
        return q.value(0).toString();
    }
    // The highest numeric suffix of the day (a text MAX would stop at 9999
    // and take a hand-written "-zzzz" for the highest). The range keeps to
    // the code index; suffixes with anything but digits do not count.
    QSqlQuery q = sql::exec(db(), QStringLiteral("SELECT MAX(CAST(substr(code, ?) AS INTEGER)) FROM incidents "
                                                 "WHERE code >= ? AND code < ? AND length(code) BETWEEN ? AND ? "
                                                 "AND substr(code, ?) NOT GLOB '*[^0-9]*'"),
                            {prefix.size() + 1, prefix, prefix + QLatin1Char('~'), prefix.size() + 1, prefix.size() + 15,
                             prefix.size() + 1});
    const qint64 next = q.next() && !q.value(0).isNull() ? q.value(0).toLongLong() + 1 : 1;
    return prefix + QStringLiteral("%1").arg(next, 4, 10, QLatin1Char('0'));
}

qint64 SqlStore::insertIncident(const Incident &i)
{
    return dialect().insert(db(), QStringLiteral("INSERT INTO incidents (%1) VALUES (%2)")
                                      .arg(incidentrows::incidentWriteColumns(), incidentrows::incidentPlaceholders(dialect())),
                            incidentrows::incidentValues(dialect(), i), QStringLiteral("insert incident %1").arg(i.code));
}

void SqlStore::insertHistory(qint64 incidentId, const IncidentHistoryEntry &h)
{
    QSqlQuery q = sql::exec(db(), QStringLiteral("INSERT INTO incident_history (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                      .arg(incidentrows::historyWriteColumns()), incidentrows::historyValues(incidentId, h));
    sql::expectAffected(q, 1, QStringLiteral("insert history of incident %1").arg(incidentId));
}

qint64 SqlStore::writeIncident(const NewIncident &report, const QString &actor)
{
    QStringList categoryCodes;
    for (const IncidentCategory &c : categories())
        categoryCodes << c.code;
    const QVector<FieldError> errors = NewIncidentValidator(categoryCodes).validate(report);
    if (!errors.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, joinErrors(errors), errors);

    const std::optional<AdminUnit> grid = gridAt(report.location);
    if (!grid) {
        const FieldError e{QStringLiteral("lon/lat"),
                           tr("location %1, %2 is outside the township's grids")
                               .arg(report.location.x, 0, 'f', 6)
                               .arg(report.location.y, 0, 'f', 6)};
        throw StoreError(StoreError::Kind::Invalid, e.toString(), {e});
    }

    WorkflowRequest reported;
    reported.action = IncidentAction::Report;
    reported.role = Role::GridWorker;
    reported.actor = actor;
    reported.at = report.reportedAt.isValid() ? report.reportedAt.toUTC() : QDateTime::currentDateTimeUtc();
    reported.note = incidentsource::code(report.source);

    Incident i;
    i.location = report.location;
    i.categoryCode = report.categoryCode;
    i.title = report.title.trimmed();
    i.description = report.description;
    i.address = report.address;
    i.reporter = report.reporter;
    i.reporterPhone = report.reporterPhone;
    i.reporterIdNumber = report.reporterIdNumber;
    i.parties = report.parties;
    i.source = report.source;
    i.reportedAt = reported.at;
    i.gridCode = grid->code;
    i.communityCode = grid->parentCode;
    i.townshipCode = divisioncode::parentOf(grid->parentCode);
    i.setCaseState(IncidentWorkflow::start(reported));
    DeadlineClock(calendar(), timeLimits(i.categoryCode)).stamp(i);

    IncidentHistoryEntry h;
    h.action = incidentaction::code(IncidentAction::Report);
    h.actor = actor;
    h.at = i.reportedAt;
    h.stateAfter = i.state;
    h.note = reported.note;
    h.role = role::code(reported.role);

    // Writers take case numbers one at a time: SQLite's immediate
    // transactions already do, and the server's numbering takes a lock.
    i.code = nextIncidentCode(i.reportedAt);
    const qint64 id = insertIncident(i);
    insertHistory(id, h);
    for (const Attachment &a : report.attachments) {
        QSqlQuery q = sql::exec(db(), QStringLiteral(
            "INSERT INTO attachments (incident_id, file_name, mime_type, size, content, added_at, added_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {id, a.fileName, a.mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : a.mimeType,
             qint64(a.content.size()), a.content, sql::toDbTime(i.reportedAt), actor});
        sql::expectAffected(q, 1, QStringLiteral("attach %1").arg(a.fileName));
    }
    return id;
}

qint64 SqlStore::addIncident(const NewIncident &report, const QString &actor)
{
    WriteTransaction tx(*this);
    const qint64 id = writeIncident(report, actor);
    tx.commit();
    return id;
}

void SqlStore::checkDepartments(const WorkflowRequest &q) const
{
    QSet<QString> known;
    for (const Department &d : departments())
        known.insert(d.code);
    QVector<FieldError> errors;
    if (!q.department.isEmpty() && !known.contains(q.department))
        errors.push_back({QStringLiteral("department"), tr("unknown department \"%1\"").arg(q.department)});
    for (const QString &d : q.departments)
        if (!known.contains(d))
            errors.push_back({QStringLiteral("departments"), tr("unknown department \"%1\"").arg(d)});
    if (!errors.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, joinErrors(errors), errors);
}

Incident SqlStore::applyAction(qint64 incidentId, const WorkflowRequest &request, int expectedRowVersion)
{
    checkDepartments(request);
    WriteTransaction tx(*this);
    std::optional<Incident> current = lockedIncident(incidentId);
    if (!current)
        throw StoreError(StoreError::Kind::NotFound, tr("incident %1 does not exist").arg(incidentId));
    // A merged duplicate keeps its history; what is done later goes to its master case.
    for (int hops = 0; current->state == IncidentState::Merged && current->masterId > 0 && hops < 16; ++hops) {
        incidentId = current->masterId;
        expectedRowVersion = -1;
        current = lockedIncident(incidentId);
        if (!current)
            throw StoreError(StoreError::Kind::NotFound, tr("incident %1 does not exist").arg(incidentId));
    }
    if (expectedRowVersion >= 0 && current->rowVersion != expectedRowVersion)
        throw StoreError(StoreError::Kind::Conflict,
                         tr("%1 was changed by someone else (now \"%2\"); look at its current state and try again")
                             .arg(current->code, incidentstate::displayName(current->state)));
    if (request.action == IncidentAction::Merge) {
        const std::optional<Incident> master = incident(request.masterId);
        if (!master || request.masterId == incidentId || !incidentstate::isOpen(master->state)
            || master->state == IncidentState::Merged) {
            const FieldError e{QStringLiteral("master"), tr("the case to merge into must be another open case")};
            throw StoreError(StoreError::Kind::Invalid, e.toString(), {e});
        }
    }
    CaseState c = current->caseState();
    const IncidentState before = c.state;
    QVector<FieldError> errors;
    if (!IncidentWorkflow::apply(&c, request, &errors))
        throw StoreError(StoreError::Kind::Invalid,
                         tr("%1: %2").arg(current->code, joinErrors(errors)), errors);
    Incident updated = *current;
    updated.setCaseState(c);
    DeadlineClock(calendar(), timeLimits(updated.categoryCode)).stamp(updated);

    QVector<QVariant> values = incidentrows::caseValues(updated);
    values << incidentstate::code(updated.state) << sql::toDbTime(updated.deadlineAt)
           << sql::toDbTime(updated.closedAt) << sql::toDbTime(QDateTime::currentDateTimeUtc()) << incidentId
           << current->rowVersion;
    QSqlQuery q = sql::exec(db(), QStringLiteral("UPDATE incidents SET %1, state = ?, deadline_at = ?, closed_at = ?, "
                                                 "updated_at = ?, row_version = row_version + 1 "
                                                 "WHERE fid = ? AND row_version = ?").arg(incidentrows::caseAssignments()),
                            values);
    sql::expectAffected(q, 1, tr("update of %1").arg(current->code));

    IncidentHistoryEntry h;
    h.action = incidentaction::code(request.action);
    h.actor = request.actor;
    h.at = request.at;
    h.hasStateBefore = true;
    h.stateBefore = before;
    h.stateAfter = c.state;
    h.note = request.note;
    h.role = role::code(request.role);
    h.department = request.department;
    h.departments = request.departments;
    h.satisfaction = request.satisfaction ? satisfaction::code(*request.satisfaction) : QString();
    h.masterId = request.masterId;
    insertHistory(incidentId, h);
    tx.commit();
    ++updated.rowVersion;
    return updated;
}

void SqlStore::addAdminUnits(const QVector<AdminUnit> &units)
{
    QVector<FieldError> errors;
    for (int row = 0; row < units.size(); ++row)
        errors += validateUnit(units[row], row + 1);
    if (!errors.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, joinErrors(errors), errors);
    WriteTransaction tx(*this);
    for (const AdminUnit &u : units) {
        QSqlQuery q = sql::exec(db(), QStringLiteral(
            "INSERT INTO admin_units (geom, code, parent_code, name, short_name, level) VALUES (%1, ?, ?, ?, ?, ?)")
                                          .arg(dialect().geomParam()),
            {dialect().multiPolygon(u.geometry), u.code,
             u.parentCode.isEmpty() ? QVariant() : QVariant(u.parentCode), u.name,
             u.shortName.isEmpty() ? u.name : u.shortName, int(u.level)});
        sql::expectAffected(q, 1, QStringLiteral("insert admin unit %1").arg(u.code));
    }
    tx.commit();
}

void SqlStore::addCameras(const QVector<Camera> &cameras)
{
    QVector<FieldError> errors;
    for (int row = 0; row < cameras.size(); ++row) {
        if (!isValidDeviceId(cameras[row].deviceId))
            errors.push_back({QStringLiteral("device_id"), tr("a GB/T 28181 device ID has 20 digits"), row + 1});
        if (!isValidCameraClass(int(cameras[row].cameraClass)))
            errors.push_back({QStringLiteral("camera_class"), tr("must be 1, 2 or 3"), row + 1});
    }
    if (!errors.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, joinErrors(errors), errors);
    WriteTransaction tx(*this);
    for (int row = 0; row < cameras.size(); ++row) {
        const Camera &c = cameras[row];
        const std::optional<AdminUnit> grid = gridAt(c.location);
        if (!grid) {
            const FieldError e{QStringLiteral("lon/lat"), tr("camera location is outside the township's grids"), row + 1};
            throw StoreError(StoreError::Kind::Invalid, e.toString(), {e});
        }
        QSqlQuery q = sql::exec(db(), QStringLiteral(
            "INSERT INTO cameras (geom, device_id, name, camera_class, online, networked, grid_code, community_code, "
            "township_code, installed_at) VALUES (%1, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(dialect().geomParam()),
            {dialect().point(c.location), c.deviceId, c.name, int(c.cameraClass), c.online, c.networked,
             grid->code, grid->parentCode, divisioncode::parentOf(grid->parentCode),
             c.installedAt.isValid() ? QVariant(c.installedAt.date().toString(Qt::ISODate)) : QVariant()});
        sql::expectAffected(q, 1, QStringLiteral("insert camera %1").arg(c.deviceId));
    }
    tx.commit();
}

void SqlStore::importIncidents(const QVector<IncidentRecord> &records)
{
    const QStringList known = categorycatalog::codes();
    QVector<FieldError> errors;
    for (int row = 0; row < records.size(); ++row) {
        const Incident &i = records[row].incident;
        if (i.code.isEmpty())
            errors.push_back({QStringLiteral("code"), tr("a case number is required"), row + 1});
        if (!known.contains(i.categoryCode))
            errors.push_back({QStringLiteral("category"), tr("unknown category \"%1\"").arg(i.categoryCode), row + 1});
        if (!i.reportedAt.isValid())
            errors.push_back({QStringLiteral("reported_at"), tr("a report time is required"), row + 1});
        if (i.gridCode.isEmpty())
            errors.push_back({QStringLiteral("grid_code"), tr("a grid is required"), row + 1});
    }
    if (!errors.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, joinErrors(errors), errors);

    WriteTransaction tx(*this);
    for (const IncidentRecord &r : records) {
        const qint64 id = insertIncident(r.incident);
        for (const IncidentHistoryEntry &h : r.history)
            insertHistory(id, h);
    }
    tx.commit();
}

qint64 SqlStore::lastChangeSeq() const
{
    QSqlQuery q = sql::exec(db(), QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM gd_changes"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

QVector<ChangeRecord> SqlStore::changesSince(qint64 seq, int limit) const
{
    QVector<ChangeRecord> out;
    QSqlQuery q = sql::exec(db(), QStringLiteral(
        "SELECT seq, table_name, row_id, op FROM gd_changes WHERE seq > ? ORDER BY seq LIMIT ?"), {seq, limit});
    while (q.next()) {
        const QString op = q.value(3).toString();
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                       op.isEmpty() ? QChar() : op.at(0)});
    }
    return out;
}

} // namespace griddesk
