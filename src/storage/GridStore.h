#pragma once
// Grids as living data: their versions with effective dates, and edits
// (draw, split, merge, reshape) that keep the topology rules. Every save
// runs the topology check over the communities it touches; a save that
// would break it is refused with the problems (GridEditRefused), unless an
// administrator gives a justification, which is recorded with the versions.
//
// Centre staff edit the grids of their own township; administrators edit
// all. Each save is one transaction: the current grids (admin_units) and
// their history (unit_versions) change together, or not at all.

#include "AdminUnit.h"
#include "GridEdit.h"
#include "UnitVersion.h"
#include "topology/TopologyProblem.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

namespace griddesk {

class SqlSession;

class GridStore
{
    Q_DECLARE_TR_FUNCTIONS(GridStore)

public:
    explicit GridStore(SqlSession &session);

    // What a save did: the codes it gave out, changed and retired, and the
    // problems an administrator's justification let through.
    struct SavedEdit {
        QStringList created;
        QStringList changed;
        QStringList retired;
        QDate effective;
        topology::TopologyReport overridden;
    };

    // Units of one level (Township, Community or Grid) as they were on `day`
    // (today's when invalid), in the person's scope, ordered by code. Retired
    // grids appear on the days they held.
    QVector<AdminUnit> unitsOn(const QDate &day, AdminLevel level) const;
    // Units of one level that held on any day of [from, to) (to exclusive).
    QVector<AdminUnit> unitsDuring(const QDate &from, const QDate &to, AdminLevel level) const;
    // Every version of a unit, oldest first.
    QVector<UnitVersion> unitHistory(const QString &code) const;
    // The code the next new grid of a community gets: the community's code
    // and a 3-digit sequence above every code it ever had.
    QString nextGridCode(const QString &communityCode) const;
    // May the signed-in person edit the grids of this community?
    bool mayEditGrids(const QString &communityCode) const;

    // The topology of the communities an edit touches, as the edit would
    // leave them (nothing is written).
    topology::TopologyReport checkEdit(const GridEdit &edit) const;
    // Saves an edit (see GridEdit). Throws GridEditRefused when the result
    // breaks topology and no administrator's justification is given, and
    // StoreError(Invalid) for an edit that is wrong in itself (a grid outside
    // the person's township, an unknown or retired code, an effective date in
    // the future or before a version it replaces, a grid without a name).
    SavedEdit saveGridEdit(const GridEdit &edit);

private:
    SqlSession &m_session;
};

} // namespace griddesk
