#pragma once
// Units (district, township, community, grid) and the cameras placed in
// them: the store's capability for where things are. A scoped person sees
// their subtree and its parents, and the cameras of their grids.

#include "AdminUnit.h"
#include "Camera.h"
#include "DivisionRow.h"
#include "GeoTypes.h"
#include "GridTotals.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QVector>

#include <optional>

namespace griddesk {

class SqlSession;

class UnitStore
{
    Q_DECLARE_TR_FUNCTIONS(UnitStore)

public:
    explicit UnitStore(SqlSession &session);

    // Units of one level (or all when level is 0), ordered by code.
    QVector<AdminUnit> adminUnits(int level = 0) const;
    std::optional<AdminUnit> adminUnit(const QString &code) const;
    // The grid that contains a point, if any.
    std::optional<AdminUnit> gridAt(const GeoPoint &lonLat) const;
    QVector<Camera> cameras() const;
    // The cameras the person sees, counted: all, online, and by target class
    // (index 1 to 3), without reading their places.
    struct CameraCounts {
        int all = 0;
        int online = 0;
        int byClass[4] = {};
    };
    CameraCounts cameraCounts() const;
    // How many units of a level the person sees (those with a boundary only,
    // when asked), without reading their outlines.
    int unitCount(int level, bool withBoundaryOnly) const;
    // Units with a boundary, the ones the map shows (of one level, or all
    // when level is 0), ordered as adminUnits().
    QVector<AdminUnit> unitsWithBoundary(int level = 0) const;
    // Every unit the person sees without its outline, with the outline's
    // bounds instead (empty when it has none), ordered as adminUnits(): from
    // the spatial index on a file, the outline's box on a server. A city's
    // 15,000 grid outlines stay where they are.
    struct UnitBounds {
        AdminUnit unit; // its geometry empty
        GeoBounds bounds;
    };
    QVector<UnitBounds> unitsWithBounds() const;
    // Every unit's code and its parent's, whatever the scope: the parent
    // chains a scope is worked out from (Store::limitTo), without the
    // outlines.
    QHash<QString, QString> parentCodes() const;
    // Townships and communities (of one level, or both when level is 0)
    // with no boundary yet, ordered by code.
    QVector<AdminUnit> unitsWithoutBoundary(int level = 0) const;

    // Every grid's totals in the person's scope, grids with nothing left
    // out: open cases (overdue at `now`), cameras, residents and houses, each
    // one GROUP BY over an index (the open cases through the closing time).
    QVector<GridTotals> gridTotals(const QDateTime &now) const;
    // Only the open and overdue cases of gridTotals(), for live updates.
    QVector<GridTotals> openCaseTotals(const QDateTime &now) const;

    // Bulk writes for set-up and copies, for administrators; each call is
    // one transaction, and a lost connection fails it (start again on a
    // clean database).
    void addAdminUnits(const QVector<AdminUnit> &units);
    void addCameras(const QVector<Camera> &cameras);

    // What importDivisions did: units added (without geometry), units whose
    // name changed, and units already as the list has them.
    struct ImportedDivisions {
        int added = 0;
        int renamed = 0;
        int unchanged = 0;
    };
    // Makes a division list's districts, townships and communities units,
    // for administrators, in one transaction: new units come without
    // geometry, stored units keep theirs and take the list's name. Any bad
    // row (see divisiontree::check) refuses the whole list, naming each
    // line and column, and nothing is written.
    ImportedDivisions importDivisions(const QVector<DivisionRow> &rows);

private:
    QVector<GridTotals> totals(const QDateTime &now, bool registers) const;
    // The units of one level (or of all, level 0) that meet `condition`, in the person's scope.
    QVector<AdminUnit> unitsWhere(const QString &condition, int level) const;
    // Closes a renamed unit's version and records the next (inside the caller's transaction).
    void renameVersion(const QString &code, const QString &actor);

    SqlSession &m_session;
};

} // namespace griddesk
