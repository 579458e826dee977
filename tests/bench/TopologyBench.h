#pragma once
// The grid topology check of a district (`grids` grids of about 50 vertices,
// TopologyDistrict.h) on a worker thread, as the console runs it: the time
// of each run against the 2 s target, the progress seen, and how soon a
// cancel stops a run.

#include <QTextStream>

namespace griddesk::bench {

struct TopologyBenchOptions {
    int grids = 1000;
    int vertices = 50;
    int runs = 5;
};

// Returns 0 when every run finished with the progress at its total.
int runTopologyBench(const TopologyBenchOptions &options, QTextStream &out);

} // namespace griddesk::bench
