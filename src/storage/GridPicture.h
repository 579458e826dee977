#pragma once
// The grids of the communities a GridEdit touches, before and after it:
// what the topology check runs on, and which of its findings the edit
// brings (a community's standing problems do not block an edit that leaves
// them as they were).

#include "AdminUnit.h"
#include "GridEdit.h"
#include "topology/TopologyProblem.h"

#include <QSet>
#include <QVector>

namespace griddesk {

struct GridPicture {
    QVector<AdminUnit> communities;
    QVector<AdminUnit> before; // the stored grids of those communities
    QVector<AdminUnit> after;  // as the edit leaves them (new grids still without code)

    // `stored`: the current grids of the touched communities (and any grid
    // the edit names); `communities`: those communities; `created`: the
    // codes just given to the edit's new grids. Codes the edit names that
    // are not among `stored` are reported in `unknown`.
    static GridPicture of(const GridEdit &edit, const QVector<AdminUnit> &communities,
                          const QVector<AdminUnit> &stored, const QStringList &created, QStringList *unknown);

    // The communities an edit touches: those of its grids, and of the
    // stored grids it changes or retires.
    static QSet<QString> touchedCommunities(const GridEdit &edit, const QVector<AdminUnit> &storedNamed);
};

namespace gridpicture {

// The findings of `after` that `before` does not have: a problem is standing
// when before has one of the same kind about the same units whose area is
// at least as large (within `toleranceM2`).
QVector<topology::TopologyProblem> broughtBy(const topology::TopologyReport &before,
                                             const topology::TopologyReport &after, double toleranceM2);

} // namespace gridpicture

} // namespace griddesk
