#pragma once
// The work-log KPIs' worker-weeks: each grid worker in each ISO week of a
// period that they served in, with what they logged that week. A week counts
// once it has ended, or earlier when the worker has already logged the
// expected number (so the running week does not count against anyone); a
// week not yet begun does not count.
// Entries count when their activity is a home visit, a service or a legal-
// education session; patrols and mediations are logged but not assessed.

#include "KpiActivity.h"
#include "KpiPeriod.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace griddesk {

struct KpiWorkerWeek {
    QString gridCode;
    QString worker;
    QString isoWeek; // "2026-W48"
    int visits = 0;
    int services = 0;
    int legalEducation = 0;
    bool met = false; // logged at least the expected number

    int entries() const { return visits + services + legalEducation; }
};

namespace kpiworklog {

// Whether entries of this activity code count for the assessment.
bool assessed(const QString &activity);
// The worker-weeks of the period as of `asOf`, by grid, ISO week and worker.
// A worker is counted once per grid and week, however often the register
// lists the same name there.
QVector<KpiWorkerWeek> workerWeeks(const KpiActivity &activity, const KpiPeriod &period, const QDateTime &asOf,
                                   int expectedPerWeek);

} // namespace kpiworklog
} // namespace griddesk
