#pragma once
// The grid topology check: per community, every geometry is valid, each grid
// lies inside its community, no two grids overlap, and together they cover
// the community with no gap above the tolerance. GEOS does the geometry (one
// reentrant context per run, so runs on several threads do not share state)
// in the stored EPSG:4490 lon/lat, where the edges are straight; areas are
// measured in the Gauss-Krüger zone of each community, in m².
//
// run() works on the calling thread; callers put it on a worker thread and
// follow it through the progress callback, which may also cancel it.

#include "AdminUnit.h"
#include "TopologyProblem.h"

#include <QVector>

#include <functional>

namespace griddesk::topology {

class TopologyCheck
{
public:
    // done of total steps: one per grid and one per community's coverage.
    using Progress = std::function<void(int done, int total)>;
    // Asked before each step; true stops the run, which then reports what it found so far.
    using Cancelled = std::function<bool()>;

    explicit TopologyCheck(const TopologyOptions &options = {});

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelled(Cancelled cancelled) { m_cancelled = std::move(cancelled); }

    // communities and their grids (a grid belongs to the community named by
    // its parentCode). Throws std::runtime_error when PROJ has no
    // transformation to a Gauss-Krüger zone (a broken PROJ installation).
    TopologyReport run(const QVector<AdminUnit> &communities, const QVector<AdminUnit> &grids) const;

    static int steps(const QVector<AdminUnit> &communities, const QVector<AdminUnit> &grids);

private:
    TopologyOptions m_options;
    Progress m_progress;
    Cancelled m_cancelled;
};

} // namespace griddesk::topology
