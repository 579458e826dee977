#pragma once
// griddesk-admin unit list|set-population: the township's units and the
// population each is assessed on (incidents per 1,000 residents).

#include <QStringList>

namespace griddesk::cli {
int runUnit(const QStringList &args);
}
