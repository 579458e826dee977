#pragma once
// Reads from the store what an assessment report needs (the units with their
// populations, the cases and screenings back to the same period last year and
// the early warnings' reach, the categories' names, the minimum number of
// cases) and builds the report. The store reads only the signed-in person's
// area, so a report never shows more than they may see.

#include "AssessmentReport.h"
#include "EarlyWarning.h"

namespace griddesk {

class Store;

class AssessmentReportReader
{
public:
    // Throws StoreError: when the store cannot be read, or (Kind::NotFound)
    // when the unit is unknown or outside the person's area.
    static AssessmentReport read(const Store &store, const QString &unitCode, const KpiPeriod &period,
        const QDateTime &asOf, const WarningSettings &warnings = {});
};

} // namespace griddesk
