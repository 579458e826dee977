#include "GpkgStore.h"
#include "DivisionCode.h"
#include "GpkgGeometry.h"
#include "Migrations.h"
#include "NewIncidentValidator.h"
#include "PolygonOps.h"
#include "SqlHelpers.h"
#include "SqliteHandle.h"
#include "SqliteSpatialFunctions.h"
#include "StoreError.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTimeZone>

namespace griddesk {

namespace {

QString newConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("griddesk-gpkg-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool looksLikeSqlite(const QString &path, QString *reason)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *reason = f.errorString();
        return false;
    }
    const QByteArray head = f.read(16);
    if (f.size() == 0)
        return true; // an empty file is a new SQLite database, caught by the schema check
    if (head != QByteArray("SQLite format 3\0", 16)) {
        *reason = QStringLiteral("the file does not start with a SQLite header");
        return false;
    }
    return true;
}

const QString kIncidentColumns = QStringLiteral(
    "fid, geom, code, category_code, title, description, address, reporter, source, state, reported_at, "
    "deadline_at, closed_at, grid_code, community_code, township_code");

Incident readIncident(const QSqlQuery &q)
{
    Incident i;
    i.id = q.value(0).toLongLong();
    gpkggeometry::decodePoint(q.value(1).toByteArray(), &i.location);
    i.code = q.value(2).toString();
    i.categoryCode = q.value(3).toString();
    i.title = q.value(4).toString();
    i.description = q.value(5).toString();
    i.address = q.value(6).toString();
    i.reporter = q.value(7).toString();
    incidentsource::fromCode(q.value(8).toString(), &i.source);
    incidentstate::fromCode(q.value(9).toString(), &i.state);
    i.reportedAt = sql::fromDbTime(q.value(10));
    i.deadlineAt = sql::fromDbTime(q.value(11));
    i.closedAt = sql::fromDbTime(q.value(12));
    i.gridCode = q.value(13).toString();
    i.communityCode = q.value(14).toString();
    i.townshipCode = q.value(15).toString();
    return i;
}

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

const QString kUnitColumns = QStringLiteral("fid, geom, code, parent_code, name, short_name, level");

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

QSqlDatabase GpkgStore::openConnection(const QString &path, const QString &name, Access access)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw StoreError(StoreError::Kind::NotFound, tr("Database file not found: %1").arg(path));
    if (!info.isFile())
        throw StoreError(StoreError::Kind::NotADatabase, tr("Not a file: %1").arg(path));
    QString reason;
    if (!looksLikeSqlite(path, &reason))
        throw StoreError(StoreError::Kind::NotADatabase,
                         tr("%1 is not a GeoPackage database (%2)").arg(path, reason));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (access == Access::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString err = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw StoreError(StoreError::Kind::Io, tr("Cannot open %1: %2").arg(path, err));
    }
    if (!sqlitespatial::registerFunctions(db) || !sqlitehandle::keepWalFiles(db)) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw StoreError(StoreError::Kind::Io,
                         tr("Cannot register spatial SQL functions on %1: the Qt SQLite driver does not use the "
                            "system SQLite library").arg(path));
    }
    return db;
}

GpkgStore::GpkgStore(QString path, QString connection)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
    , m_db(QSqlDatabase::database(m_connection, false))
{
}

GpkgStore::~GpkgStore()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<GpkgStore> GpkgStore::open(const QString &path, Access access)
{
    const QString name = newConnectionName();
    openConnection(path, name, access); // the store takes the connection over by name
    std::unique_ptr<GpkgStore> store(new GpkgStore(path, name));
    int version = 0;
    try {
        version = migrations::currentVersion(store->db());
    } catch (const StoreError &e) {
        throw StoreError(StoreError::Kind::NotADatabase,
                         tr("%1 is damaged or is not a GeoPackage (%2)").arg(path, e.message()));
    }
    if (version == 0)
        throw StoreError(StoreError::Kind::NotADatabase,
                         tr("%1 is not a GridDesk database (it has no gd_meta table with a schema version)").arg(path));
    if (version > migrations::latestVersion())
        throw StoreError(StoreError::Kind::SchemaTooNew,
                         tr("%1 has schema version %2, but this GridDesk supports versions up to %3. "
                            "Install a newer GridDesk to open it.")
                             .arg(path)
                             .arg(version)
                             .arg(migrations::latestVersion()));
    if (version < migrations::latestVersion()) {
        if (access == Access::ReadOnly)
            throw StoreError(StoreError::Kind::Invalid,
                             tr("%1 has an older schema (version %2) and must be upgraded; open it for writing")
                                 .arg(path)
                                 .arg(version));
        sql::Transaction tx(store->db());
        migrations::migrate(store->db(), version);
        tx.commit();
    }
    if (access == Access::ReadWrite) {
        // The change feed only has to reach consoles that poll every fraction
        // of a second; a day of it is plenty, and keeps the table small.
        sql::exec(store->db(), QStringLiteral("DELETE FROM gd_changes WHERE changed_at < strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 day')"));
    }
    return store;
}

std::unique_ptr<GpkgStore> GpkgStore::create(const QString &path)
{
    if (QFileInfo::exists(path))
        throw StoreError(StoreError::Kind::Invalid, tr("Refusing to overwrite existing file %1").arg(path));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            throw StoreError(StoreError::Kind::Io, tr("Cannot create %1: %2").arg(path, f.errorString()));
    }
    const QString name = newConnectionName();
    openConnection(path, name, Access::ReadWrite);
    std::unique_ptr<GpkgStore> store(new GpkgStore(path, name));
    // The journal mode is chosen once, here, and never switched afterwards:
    // GDAL/QGIS readers stay consistent when every connection agrees on WAL.
    sql::execRaw(store->db(), QStringLiteral("PRAGMA journal_mode = WAL"));
    sql::Transaction tx(store->db());
    migrations::migrate(store->db(), 0);
    tx.commit();
    return store;
}

int GpkgStore::schemaVersion() const
{
    return migrations::currentVersion(db());
}

QVector<AdminUnit> GpkgStore::adminUnits(int level) const
{
    QVector<AdminUnit> units;
    QSqlQuery q = level > 0
        ? sql::exec(db(), QStringLiteral("SELECT %1 FROM admin_units WHERE level = ? ORDER BY code").arg(kUnitColumns), {level})
        : sql::exec(db(), QStringLiteral("SELECT %1 FROM admin_units ORDER BY level, code").arg(kUnitColumns));
    while (q.next())
        units.push_back(readUnit(q));
    return units;
}

std::optional<AdminUnit> GpkgStore::adminUnit(const QString &code) const
{
    QSqlQuery q = sql::exec(db(), QStringLiteral("SELECT %1 FROM admin_units WHERE code = ?").arg(kUnitColumns), {code});
    if (!q.next())
        return std::nullopt;
    return readUnit(q);
}

std::optional<AdminUnit> GpkgStore::gridAt(const GeoPoint &p) const
{
    QSqlQuery q = sql::exec(db(), QStringLiteral(
        "SELECT %1 FROM admin_units WHERE level = ? AND fid IN (SELECT id FROM rtree_admin_units_geom "
        "WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?) ORDER BY code").arg(kUnitColumns),
        {int(AdminLevel::Grid), p.x, p.x, p.y, p.y});
    while (q.next()) {
        AdminUnit u = readUnit(q);
        if (polygon::contains(u.geometry, p))
            return u;
    }
    return std::nullopt;
}

QVector<IncidentCategory> GpkgStore::categories() const
{
    QVector<IncidentCategory> out;
    QSqlQuery q = sql::exec(db(), QStringLiteral(
        "SELECT code, name_zh, name_en, time_limit_days FROM incident_categories ORDER BY sort_order, code"));
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()});
    return out;
}

QVector<Camera> GpkgStore::cameras() const
{
    QVector<Camera> out;
    QSqlQuery q = sql::exec(db(), QStringLiteral(
        "SELECT fid, geom, device_id, name, camera_class, online, networked, grid_code, installed_at "
        "FROM cameras ORDER BY fid"));
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

QVector<Incident> GpkgStore::incidents(const IncidentQuery &query) const
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
        clauses << QStringLiteral("state IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!query.unitCode.isEmpty()) {
        clauses << QStringLiteral("(grid_code = ? OR community_code = ? OR township_code = ?)");
        values << query.unitCode << query.unitCode << query.unitCode;
    }
    if (!clauses.isEmpty())
        where = QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    QString statement = QStringLiteral("SELECT %1 FROM incidents%2 ORDER BY reported_at DESC, fid DESC")
                            .arg(kIncidentColumns, where);
    if (query.limit >= 0) {
        statement += QStringLiteral(" LIMIT ?");
        values << query.limit;
    }
    QVector<Incident> out;
    QSqlQuery q = sql::exec(db(), statement, values);
    while (q.next())
        out.push_back(readIncident(q));
    return out;
}

std::optional<Incident> GpkgStore::incident(qint64 id) const
{
    QSqlQuery q = sql::exec(db(), QStringLiteral("SELECT %1 FROM incidents WHERE fid = ?").arg(kIncidentColumns), {id});
    if (!q.next())
        return std::nullopt;
    return readIncident(q);
}

QVector<IncidentHistoryEntry> GpkgStore::history(qint64 incidentId) const
{
    QVector<IncidentHistoryEntry> out;
    QSqlQuery q = sql::exec(db(), QStringLiteral(
        "SELECT fid, incident_id, action, actor, at, state_before, state_after, note FROM incident_history "
        "WHERE incident_id = ? ORDER BY at, fid"), {incidentId});
    while (q.next()) {
        IncidentHistoryEntry h;
        h.id = q.value(0).toLongLong();
        h.incidentId = q.value(1).toLongLong();
        h.action = q.value(2).toString();
        h.actor = q.value(3).toString();
        h.at = sql::fromDbTime(q.value(4));
        h.hasStateBefore = !q.value(5).isNull();
        if (h.hasStateBefore)
            incidentstate::fromCode(q.value(5).toString(), &h.stateBefore);
        incidentstate::fromCode(q.value(6).toString(), &h.stateAfter);
        h.note = q.value(7).toString();
        out.push_back(h);
    }
    return out;
}

QString GpkgStore::nextIncidentCode(const QDateTime &reportedAt)
{
    // Case numbers follow the centre's local day (China Standard Time).
    const QString day = reportedAt.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyyMMdd"));
    const QString prefix = QStringLiteral("E%1-").arg(day);
    QSqlQuery q = sql::exec(db(), QStringLiteral("SELECT MAX(code) FROM incidents WHERE code LIKE ? || '%'"), {prefix});
    int next = 1;
    if (q.next() && !q.value(0).isNull())
        next = q.value(0).toString().mid(prefix.size()).toInt() + 1;
    return prefix + QStringLiteral("%1").arg(next, 4, 10, QLatin1Char('0'));
}

qint64 GpkgStore::insertIncident(const Incident &i, const QString &code)
{
    QSqlQuery q = sql::exec(db(), QStringLiteral(
        "INSERT INTO incidents (geom, code, category_code, title, description, address, reporter, source, state, "
        "reported_at, deadline_at, closed_at, grid_code, community_code, township_code, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {gpkggeometry::encodePoint(i.location), code, i.categoryCode, i.title, sql::text(i.description),
         sql::text(i.address), sql::text(i.reporter), incidentsource::code(i.source), incidentstate::code(i.state), sql::toDbTime(i.reportedAt),
         sql::toDbTime(i.deadlineAt), sql::toDbTime(i.closedAt), i.gridCode, i.communityCode, i.townshipCode,
         sql::toDbTime(QDateTime::currentDateTimeUtc())});
    sql::expectAffected(q, 1, QStringLiteral("insert incident %1").arg(code));
    return q.lastInsertId().toLongLong();
}

qint64 GpkgStore::addIncident(const NewIncident &report, const QString &actor)
{
    QStringList categoryCodes;
    int limitDays = 0;
    for (const IncidentCategory &c : categories()) {
        categoryCodes << c.code;
        if (c.code == report.categoryCode)
            limitDays = c.timeLimitDays;
    }
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

    Incident i;
    i.location = report.location;
    i.categoryCode = report.categoryCode;
    i.title = report.title.trimmed();
    i.description = report.description;
    i.address = report.address;
    i.reporter = report.reporter;
    i.source = report.source;
    i.state = IncidentState::Reported;
    i.reportedAt = report.reportedAt.isValid() ? report.reportedAt.toUTC() : QDateTime::currentDateTimeUtc();
    i.deadlineAt = i.reportedAt.addDays(limitDays);
    i.gridCode = grid->code;
    i.communityCode = grid->parentCode;
    i.townshipCode = divisioncode::parentOf(grid->parentCode);

    sql::Transaction tx(db());
    const qint64 id = insertIncident(i, nextIncidentCode(i.reportedAt));
    QSqlQuery h = sql::exec(db(), QStringLiteral(
        "INSERT INTO incident_history (incident_id, action, actor, at, state_before, state_after, note) "
        "VALUES (?, 'report', ?, ?, NULL, ?, ?)"),
        {id, actor, sql::toDbTime(i.reportedAt), incidentstate::code(i.state), incidentsource::code(i.source)});
    sql::expectAffected(h, 1, QStringLiteral("insert incident history"));
    tx.commit();
    return id;
}

void GpkgStore::addAdminUnits(const QVector<AdminUnit> &units)
{
    QVector<FieldError> errors;
    for (int row = 0; row < units.size(); ++row)
        errors += validateUnit(units[row], row + 1);
    if (!errors.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, joinErrors(errors), errors);
    sql::Transaction tx(db());
    for (const AdminUnit &u : units) {
        QSqlQuery q = sql::exec(db(), QStringLiteral(
            "INSERT INTO admin_units (geom, code, parent_code, name, short_name, level) VALUES (?, ?, ?, ?, ?, ?)"),
            {u.geometry.isEmpty() ? QVariant() : QVariant(gpkggeometry::encodeMultiPolygon(u.geometry)), u.code,
             u.parentCode.isEmpty() ? QVariant() : QVariant(u.parentCode), u.name,
             u.shortName.isEmpty() ? u.name : u.shortName, int(u.level)});
        sql::expectAffected(q, 1, QStringLiteral("insert admin unit %1").arg(u.code));
    }
    tx.commit();
}

void GpkgStore::addCameras(const QVector<Camera> &cameras)
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
    sql::Transaction tx(db());
    for (int row = 0; row < cameras.size(); ++row) {
        const Camera &c = cameras[row];
        const std::optional<AdminUnit> grid = gridAt(c.location);
        if (!grid) {
            const FieldError e{QStringLiteral("lon/lat"), tr("camera location is outside the township's grids"), row + 1};
            throw StoreError(StoreError::Kind::Invalid, e.toString(), {e});
        }
        QSqlQuery q = sql::exec(db(), QStringLiteral(
            "INSERT INTO cameras (geom, device_id, name, camera_class, online, networked, grid_code, community_code, "
            "township_code, installed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {gpkggeometry::encodePoint(c.location), c.deviceId, c.name, int(c.cameraClass), c.online, c.networked,
             grid->code, grid->parentCode, divisioncode::parentOf(grid->parentCode),
             c.installedAt.isValid() ? QVariant(c.installedAt.date().toString(Qt::ISODate)) : QVariant()});
        sql::expectAffected(q, 1, QStringLiteral("insert camera %1").arg(c.deviceId));
    }
    tx.commit();
}

void GpkgStore::importIncidents(const QVector<IncidentRecord> &records)
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

    sql::Transaction tx(db());
    for (const IncidentRecord &r : records) {
        const qint64 id = insertIncident(r.incident, r.incident.code);
        for (const IncidentHistoryEntry &h : r.history) {
            QSqlQuery q = sql::exec(db(), QStringLiteral(
                "INSERT INTO incident_history (incident_id, action, actor, at, state_before, state_after, note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {id, h.action, h.actor, sql::toDbTime(h.at),
                 h.hasStateBefore ? QVariant(incidentstate::code(h.stateBefore)) : QVariant(),
                 incidentstate::code(h.stateAfter), sql::text(h.note)});
            sql::expectAffected(q, 1, QStringLiteral("insert history of %1").arg(r.incident.code));
        }
    }
    tx.commit();
}

qint64 GpkgStore::lastChangeSeq() const
{
    QSqlQuery q = sql::exec(db(), QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM gd_changes"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

QVector<ChangeRecord> GpkgStore::changesSince(qint64 seq, int limit) const
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
