#pragma once
// griddesk-admin bench-data --scale township|district|city --divisions CSV DST:
// benchmark data for a township, a district or the whole city.

#include <QStringList>

namespace griddesk::cli {
int runBenchData(const QStringList &args);
}
