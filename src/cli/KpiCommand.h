#pragma once
// griddesk-admin kpi: a unit's assessment figures for a period, as the
// dashboard computes them, for scripts and checks; optionally the XLSX export.

#include <QStringList>

namespace griddesk::cli {

int runKpi(const QStringList &args);

} // namespace griddesk::cli
