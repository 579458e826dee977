#pragma once
// Years of closed cases (for the benchmark and tests): copies a township's database and
// adds closed cases spread over the five years before its newest report, in
// the categories, grids, sources and end states the demo uses (closed,
// evaluated or not, rejected), each with a history whose replay gives its state.

#include <QString>

namespace griddesk::demo {

// Copies `demoPath` to `targetPath` and imports `count` closed cases into the
// copy through the store's bulk import. Returns how many were added.
int addClosedHistory(const QString &demoPath, const QString &targetPath, int count, unsigned seed = 11);

} // namespace griddesk::demo
