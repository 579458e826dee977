#pragma once
// Reads the cases, units and screenings an assessment needs and computes its
// figures; runs on a worker thread with its own store connection, so the
// dashboard never blocks the console.

#include "AssessmentData.h"
#include "StoreOpener.h"

namespace griddesk::app::assessmentloader {

// How many periods a trend shows for each kind of period.
int trendLength(KpiPeriod::Kind kind);

AssessmentData load(const StoreOpener &opener, const KpiPeriod &period, const QDateTime &asOf, int generation);

// The same computation over data already read (the tests and the exports use it).
void compute(AssessmentData &data, const WarningSettings &warnings = {});

} // namespace griddesk::app::assessmentloader
