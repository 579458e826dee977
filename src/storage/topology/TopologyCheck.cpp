#include "TopologyCheck.h"

#include "CommunityCheck.h"
#include "GeosSession.h"
#include "GroundProjection.h"

#include <QMap>

namespace griddesk::topology {

namespace {

// Each community's grids, by community code (also codes that name no community in the data).
// A community with neither a boundary nor grids has nothing to check yet (no boundary yet).
QMap<QString, QVector<const AdminUnit *>> gridsByCommunity(const QVector<AdminUnit> &communities,
                                                           const QVector<AdminUnit> &grids)
{
    QMap<QString, QVector<const AdminUnit *>> groups;
    for (const AdminUnit &c : communities)
        if (!c.geometry.polygons.isEmpty())
            groups[c.code];
    for (const AdminUnit &g : grids)
        groups[g.parentCode] << &g;
    return groups;
}

} // namespace

TopologyCheck::TopologyCheck(const TopologyOptions &options)
    : m_options(options)
{
}

int TopologyCheck::steps(const QVector<AdminUnit> &communities, const QVector<AdminUnit> &grids)
{
    return int(grids.size()) + int(gridsByCommunity(communities, grids).size());
}

TopologyReport TopologyCheck::run(const QVector<AdminUnit> &communities, const QVector<AdminUnit> &grids) const
{
    const auto groups = gridsByCommunity(communities, grids);
    QMap<QString, const AdminUnit *> byCode;
    for (const AdminUnit &c : communities)
        byCode.insert(c.code, &c);
    const int total = int(grids.size()) + int(groups.size());
    int done = 0;
    if (m_progress)
        m_progress(0, total);

    TopologyReport report;
    GeosSession geos;
    GroundProjection projection;
    CommunityCheck check(geos, projection, m_options, report.problems);
    const auto step = [&] {
        ++done;
        if (m_progress)
            m_progress(done, total);
        return !(m_cancelled && m_cancelled());
    };
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        if (m_cancelled && m_cancelled()) {
            report.cancelled = true;
            break;
        }
        const bool finished = check.run(it.key(), byCode.value(it.key()), it.value(), step);
        report.grids += int(it.value().size());
        if (!finished) {
            report.cancelled = true;
            break;
        }
        ++report.communities;
    }
    return report;
}

} // namespace griddesk::topology
