#pragma once
// Older cases for the benchmarks and tests, in the categories, grids, sources
// and states the demo uses, each with a history whose replay gives its state:
// - years of closed cases (closed, evaluated or not, rejected) spread over the
//   five years before the township's newest report;
// - a backlog of cases still open long after they were reported, as a real
//   centre's log has (the shared 2015 service-request log holds 19,290 open
//   cases on 1 October, 52% of them reported more than 90 days before).

#include <QString>

namespace griddesk {
class Store;
}

namespace griddesk::demo {

// Copies `demoPath` to `targetPath` and imports `count` closed cases into the
// copy through the store's bulk import. Returns how many were added.
int addClosedHistory(const QString &demoPath, const QString &targetPath, int count, unsigned seed = 11);

// Imports `count` closed cases reported before the last `afterDays` days of the
// township's history (before its newest report), over the five years before.
int addClosedHistory(Store &store, int count, int afterDays, unsigned seed = 11);

// Imports `count` cases reported between `fromDays` and `toDays` days before
// the township's newest report that are still open: left where their
// workflow stopped, as a backlog. Returns how many were added.
int addOpenBacklog(Store &store, int count, int fromDays, int toDays, unsigned seed = 13);

} // namespace griddesk::demo
