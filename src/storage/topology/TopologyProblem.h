#pragma once
// One finding of the grid topology check, kept as codes and numbers so that
// the console can list it, zoom to it and word it in the reader's language
// (TopologyText) long after the check ran.

#include "GeoTypes.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace griddesk::topology {

enum class ProblemKind {
    InvalidGeometry,  // units: the unit; detail: GEOS's reason ("Self-intersection", ...)
    MissingGeometry,  // units: the grid, which has no boundary
    NoCommunity,      // units: the community (no boundary, or not in the data), then its grids
    OutsideCommunity, // units: the grid, then its community
    Overlap,          // units: the two grids
    Gap,              // units: the community
};

struct TopologyProblem {
    ProblemKind kind = ProblemKind::Gap;
    QStringList units;
    QString detail;           // a code, not words: GEOS's validity reason for InvalidGeometry
    GeoPoint location;        // EPSG:4490 lon/lat, inside the problem area (the fault's point for invalid rings)
    bool located = false;     // false only when there is no geometry to point at
    double areaM2 = 0.0;      // square metres on the ground
};

struct TopologyOptions {
    // Uncovered pieces of a community up to this area are slivers, not gaps.
    double gapToleranceM2 = 1.0;
    // Overlaps and overhangs up to this area are rounding residue of shared edges.
    double noiseM2 = 0.01;
};

struct TopologyReport {
    QVector<TopologyProblem> problems;
    int communities = 0; // communities checked (all of them unless cancelled)
    int grids = 0;       // grids checked
    bool cancelled = false;
};

} // namespace griddesk::topology
