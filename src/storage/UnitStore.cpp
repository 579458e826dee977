#include "UnitStore.h"
#include "CameraClass.h"
#include "DivisionCode.h"
#include "DivisionTree.h"
#include "GpkgGeometry.h"
#include "KpiPeriod.h"
#include "PolygonOps.h"
#include "SqlSession.h"
#include "StoreError.h"
#include "UnitRows.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace griddesk {

using unitrows::readUnit;
using unitrows::unitColumns;

namespace {

// The conditions on admin_units of every unit, and of units with a boundary.
const QString kAnyUnit = QStringLiteral("1 = 1");
const QString kHasBoundary = QStringLiteral("geom IS NOT NULL");

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
    if (u.population < 0)
        errors.push_back({QStringLiteral("population"),
                          QStringLiteral("%1 residents is not a population (0 when not known)").arg(u.population), row});
    return errors;
}

} // namespace

UnitStore::UnitStore(SqlSession &session)
    : m_session(session)
{
}

QVector<AdminUnit> UnitStore::unitsWhere(const QString &condition, int level) const
{
    const StoreScope &scope = m_session.scope();
    QVector<AdminUnit> units = m_session.read([&] {
        QVector<AdminUnit> all;
        const QString columns = unitColumns(m_session.dialect());
        QSqlQuery q = level > 0
            ? sql::exec(m_session.db(), QStringLiteral("SELECT %1 FROM admin_units WHERE level = ? AND %2 ORDER BY code")
                                            .arg(columns, condition), {level})
            : sql::exec(m_session.db(), QStringLiteral("SELECT %1 FROM admin_units WHERE %2 ORDER BY level, code")
                                            .arg(columns, condition));
        while (q.next())
            all.push_back(readUnit(q));
        return all;
    });
    units.erase(std::remove_if(units.begin(), units.end(), [&](const AdminUnit &u) { return !scope.seesUnit(u.code); }),
                units.end());
    return units;
}

QVector<UnitStore::UnitBounds> UnitStore::unitsWithBounds() const
{
    const StoreScope &scope = m_session.scope();
    const bool server = m_session.dialect().isPostgres();
    // The geometry column reads as NULL, so that readUnit() leaves it empty.
    const QString statement = server
        ? QStringLiteral("SELECT fid, NULL, code, parent_code, name, short_name, level, population, "
                         "ST_XMin(geom), ST_XMax(geom), ST_YMin(geom), ST_YMax(geom) "
                         "FROM admin_units ORDER BY level, code")
        : QStringLiteral("SELECT u.fid, NULL, u.code, u.parent_code, u.name, u.short_name, u.level, u.population, "
                         "r.minx, r.maxx, r.miny, r.maxy "
                         "FROM admin_units u LEFT JOIN rtree_admin_units_geom r ON r.id = u.fid ORDER BY u.level, u.code");
    QVector<UnitBounds> units = m_session.read([&] {
        QVector<UnitBounds> all;
        QSqlQuery q = sql::exec(m_session.db(), statement);
        while (q.next()) {
            UnitBounds u{readUnit(q), GeoBounds()};
            if (!q.value(8).isNull())
                u.bounds = GeoBounds{q.value(8).toDouble(), q.value(10).toDouble(), q.value(9).toDouble(),
                                     q.value(11).toDouble()};
            all.push_back(std::move(u));
        }
        return all;
    });
    units.erase(std::remove_if(units.begin(), units.end(),
                               [&](const UnitBounds &u) { return !scope.seesUnit(u.unit.code); }),
                units.end());
    return units;
}

QHash<QString, QString> UnitStore::parentCodes() const
{
    return m_session.read([&] {
        QHash<QString, QString> parents;
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT code, parent_code FROM admin_units"));
        while (q.next())
            parents.insert(q.value(0).toString(), q.value(1).toString());
        return parents;
    });
}

QVector<GridTotals> UnitStore::gridTotals(const QDateTime &now) const
{
    return totals(now, true);
}

QVector<GridTotals> UnitStore::openCaseTotals(const QDateTime &now) const
{
    return totals(now, false);
}

QVector<GridTotals> UnitStore::totals(const QDateTime &now, bool registers) const
{
    const StoreScope &scope = m_session.scope();
    QHash<QString, GridTotals> byGrid;
    m_session.read([&] {
        byGrid.clear();
        const auto count = [&](const QString &statement, const QVector<QVariant> &values,
                               const std::function<void(GridTotals &, const QSqlQuery &)> &take) {
            QSqlQuery q = sql::exec(m_session.db(), statement, values);
            while (q.next()) {
                GridTotals &t = byGrid[q.value(0).toString()];
                take(t, q);
            }
        };
        count(QStringLiteral("SELECT grid_code, count(*), sum(CASE WHEN due_at < ? THEN 1 ELSE 0 END) FROM incidents "
                             "WHERE closed_at IS NULL GROUP BY grid_code"),
              {sql::toDbTime(now)}, [](GridTotals &t, const QSqlQuery &q) {
                  t.openCases = q.value(1).toLongLong();
                  t.overdueCases = q.value(2).toLongLong();
              });
        if (!registers)
            return 0;
        count(QStringLiteral("SELECT grid_code, count(*) FROM cameras GROUP BY grid_code"), {},
              [](GridTotals &t, const QSqlQuery &q) { t.cameras = q.value(1).toLongLong(); });
        count(QStringLiteral("SELECT grid_code, count(*) FROM residents GROUP BY grid_code"), {},
              [](GridTotals &t, const QSqlQuery &q) { t.residents = q.value(1).toLongLong(); });
        count(QStringLiteral("SELECT grid_code, count(*) FROM houses GROUP BY grid_code"), {},
              [](GridTotals &t, const QSqlQuery &q) { t.houses = q.value(1).toLongLong(); });
        return 0;
    });
    QVector<GridTotals> out;
    out.reserve(byGrid.size());
    for (auto it = byGrid.begin(); it != byGrid.end(); ++it)
        if (!it.key().isEmpty() && scope.seesUnit(it.key())) {
            it->gridCode = it.key();
            out.push_back(*it);
        }
    std::sort(out.begin(), out.end(), [](const GridTotals &a, const GridTotals &b) { return a.gridCode < b.gridCode; });
    return out;
}

QVector<AdminUnit> UnitStore::adminUnits(int level) const
{
    return unitsWhere(kAnyUnit, level);
}

QVector<AdminUnit> UnitStore::unitsWithBoundary(int level) const
{
    return unitsWhere(kHasBoundary, level);
}

std::optional<AdminUnit> UnitStore::adminUnit(const QString &code) const
{
    if (!m_session.scope().seesUnit(code))
        return std::nullopt;
    return m_session.read([&]() -> std::optional<AdminUnit> {
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT %1 FROM admin_units WHERE code = ?")
                                                    .arg(unitColumns(m_session.dialect())), {code});
        if (!q.next())
            return std::nullopt;
        return readUnit(q);
    });
}

std::optional<AdminUnit> UnitStore::gridAt(const GeoPoint &p) const
{
    const StoreScope &scope = m_session.scope();
    std::optional<AdminUnit> grid = m_session.read([&]() -> std::optional<AdminUnit> {
        const SqlDialect &d = m_session.dialect();
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral(
            "SELECT %1 FROM admin_units WHERE level = ? AND fid IN (%2) ORDER BY code")
                                                    .arg(unitColumns(d), d.gridCandidates()),
            QVector<QVariant>{int(AdminLevel::Grid)} + d.gridCandidateValues(p));
        while (q.next()) {
            AdminUnit u = readUnit(q);
            if (polygon::contains(u.geometry, p))
                return u;
        }
        return std::nullopt;
    });
    return grid && scope.seesUnit(grid->code) ? grid : std::nullopt;
}

UnitStore::CameraCounts UnitStore::cameraCounts() const
{
    const StoreScope &scope = m_session.scope();
    return m_session.read([&] {
        CameraCounts n;
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT grid_code, camera_class, online FROM cameras"));
        while (q.next()) {
            if (scope.isLimited() && !scope.seesGrid(q.value(0).toString()))
                continue;
            ++n.all;
            n.online += q.value(2).toBool() ? 1 : 0;
            ++n.byClass[qBound(1, q.value(1).toInt(), 3)];
        }
        return n;
    });
}

int UnitStore::unitCount(int level, bool withBoundaryOnly) const
{
    const StoreScope &scope = m_session.scope();
    return m_session.read([&] {
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT code FROM admin_units WHERE level = ? AND %1")
                                                    .arg(withBoundaryOnly ? kHasBoundary : kAnyUnit),
                                {level});
        int n = 0;
        while (q.next())
            n += scope.seesUnit(q.value(0).toString()) ? 1 : 0;
        return n;
    });
}

QVector<Camera> UnitStore::cameras() const
{
    const StoreScope &scope = m_session.scope();
    QVector<Camera> all = m_session.read([&] {
        QVector<Camera> out;
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral(
            "SELECT fid, %1, device_id, name, camera_class, online, networked, grid_code, installed_at "
            "FROM cameras ORDER BY fid").arg(m_session.dialect().geomRead()));
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
    });
    all.erase(std::remove_if(all.begin(), all.end(), [&](const Camera &c) { return !scope.seesGrid(c.gridCode); }), all.end());
    return all;
}

QVector<AdminUnit> UnitStore::unitsWithoutBoundary(int level) const
{
    QVector<AdminUnit> units = unitsWhere(QStringLiteral("geom IS NULL"), level);
    units.erase(std::remove_if(units.begin(), units.end(),
                               [](const AdminUnit &u) {
                                   return u.level != AdminLevel::Township && u.level != AdminLevel::Community;
                               }),
                units.end());
    std::sort(units.begin(), units.end(), [](const AdminUnit &a, const AdminUnit &b) { return a.code < b.code; });
    return units;
}

UnitStore::ImportedDivisions UnitStore::importDivisions(const QVector<DivisionRow> &rows)
{
    m_session.scope().requireAdministrator();
    return m_session.once([&] {
        SqlSession::WriteTransaction tx(m_session);
        QHash<QString, QString> parents;
        QHash<QString, QString> names;
        QSqlQuery stored = sql::exec(m_session.db(), QStringLiteral("SELECT code, parent_code, name FROM admin_units"));
        while (stored.next()) {
            parents.insert(stored.value(0).toString(), stored.value(1).toString());
            names.insert(stored.value(0).toString(), stored.value(2).toString());
        }
        const divisiontree::Result tree = divisiontree::check(rows, parents);
        if (!tree.errors.isEmpty())
            throw StoreError(StoreError::Kind::Invalid,
                             tr("the division list has %n bad row(s); nothing was written:\n%1", nullptr,
                                int(tree.errors.size())).arg(divisiontree::describe(tree.errors)),
                             tree.errors);
        ImportedDivisions done;
        const QString actor = m_session.actor();
        for (const AdminUnit &u : tree.units) {
            const auto name = names.constFind(u.code);
            if (name == names.cend()) {
                QSqlQuery q = sql::exec(m_session.db(), QStringLiteral(
                    "INSERT INTO admin_units (code, parent_code, name, short_name, level) VALUES (?, ?, ?, ?, ?)"),
                    {u.code, u.parentCode.isEmpty() ? QVariant() : QVariant(u.parentCode), u.name, u.shortName,
                     int(u.level)});
                sql::expectAffected(q, 1, QStringLiteral("insert admin unit %1").arg(u.code));
                unitrows::recordVersion(m_session.db(), m_session.dialect(), u, 1, QDate(), UnitChange::Recorded, {}, {},
                                        0, actor);
                ++done.added;
            } else if (*name != u.name) {
                // A short name that was the old name follows the new one.
                QSqlQuery q = sql::exec(m_session.db(), QStringLiteral(
                    "UPDATE admin_units SET name = ?, short_name = CASE WHEN short_name = name THEN ? ELSE short_name END "
                    "WHERE code = ?"), {u.name, u.name, u.code});
                sql::expectAffected(q, 1, QStringLiteral("rename admin unit %1").arg(u.code));
                renameVersion(u.code, actor);
                ++done.renamed;
            } else {
                ++done.unchanged;
            }
        }
        tx.commit();
        return done;
    });
}

void UnitStore::renameVersion(const QString &code, const QString &actor)
{
    // The renamed unit's next version, from today (China time), as stored now.
    QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT %1 FROM admin_units WHERE code = ?")
                                                .arg(unitColumns(m_session.dialect())), {code});
    if (!q.next())
        return;
    const AdminUnit renamed = readUnit(q);
    q.finish();
    const QDate today = KpiPeriod::dayOf(QDateTime::currentDateTimeUtc());
    const int previous = unitrows::closeVersion(m_session.db(), code, today);
    unitrows::recordVersion(m_session.db(), m_session.dialect(), renamed, previous + 1, today, UnitChange::Renamed, {},
                            {}, 0, actor);
}

void UnitStore::addAdminUnits(const QVector<AdminUnit> &units)
{
    m_session.scope().requireAdministrator();
    QVector<FieldError> errors;
    for (int row = 0; row < units.size(); ++row)
        errors += validateUnit(units[row], row + 1);
    if (!errors.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, joinErrors(errors), errors);
    m_session.once([&] {
        const SqlDialect &d = m_session.dialect();
        SqlSession::WriteTransaction tx(m_session);
        const QString actor = m_session.actor();
        for (const AdminUnit &u : units) {
            QSqlQuery q = sql::exec(m_session.db(), QStringLiteral(
                "INSERT INTO admin_units (geom, code, parent_code, name, short_name, level, population) "
                "VALUES (%1, ?, ?, ?, ?, ?, ?)").arg(d.geomParam()),
                {d.multiPolygon(u.geometry), u.code, u.parentCode.isEmpty() ? QVariant() : QVariant(u.parentCode), u.name,
                 u.shortName.isEmpty() ? u.name : u.shortName, int(u.level),
                 u.population > 0 ? QVariant(u.population) : QVariant()});
            sql::expectAffected(q, 1, QStringLiteral("insert admin unit %1").arg(u.code));
            unitrows::recordVersion(m_session.db(), d, u, 1, QDate(), UnitChange::Recorded, {}, {}, 0, actor);
        }
        tx.commit();
    });
}

void UnitStore::addCameras(const QVector<Camera> &cameras)
{
    m_session.scope().requireAdministrator();
    QVector<FieldError> errors;
    for (int row = 0; row < cameras.size(); ++row) {
        if (!isValidDeviceId(cameras[row].deviceId))
            errors.push_back({QStringLiteral("device_id"), tr("a GB/T 28181 device ID has 20 digits"), row + 1});
        if (!isValidCameraClass(int(cameras[row].cameraClass)))
            errors.push_back({QStringLiteral("camera_class"), tr("must be 1, 2 or 3"), row + 1});
    }
    if (!errors.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, joinErrors(errors), errors);
    m_session.once([&] {
        const SqlDialect &d = m_session.dialect();
        SqlSession::WriteTransaction tx(m_session);
        for (int row = 0; row < cameras.size(); ++row) {
            const Camera &c = cameras[row];
            const std::optional<AdminUnit> grid = gridAt(c.location);
            if (!grid) {
                const FieldError e{QStringLiteral("lon/lat"), tr("camera location is outside the township's grids"), row + 1};
                throw StoreError(StoreError::Kind::Invalid, e.toString(), {e});
            }
            QSqlQuery q = sql::exec(m_session.db(), QStringLiteral(
                "INSERT INTO cameras (geom, device_id, name, camera_class, online, networked, grid_code, community_code, "
                "township_code, installed_at) VALUES (%1, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(d.geomParam()),
                {d.point(c.location), c.deviceId, c.name, int(c.cameraClass), c.online, c.networked,
                 grid->code, grid->parentCode, divisioncode::parentOf(grid->parentCode),
                 c.installedAt.isValid() ? QVariant(c.installedAt.date().toString(Qt::ISODate)) : QVariant()});
            sql::expectAffected(q, 1, QStringLiteral("insert camera %1").arg(c.deviceId));
        }
        tx.commit();
    });
}

} // namespace griddesk
