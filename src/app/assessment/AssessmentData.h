#pragma once
// Everything the assessment dock shows for one period, computed on a worker
// thread from one read of the store: the figures of every unit for the
// period, the period before and the same period last year, a trend, the
// early warnings, and the cases behind them for drill-down.

#include "EarlyWarning.h"
#include "KpiEngine.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <memory>

namespace griddesk::app {

struct AssessmentData {
    KpiPeriod period;
    KpiPeriod previous;
    KpiPeriod lastYear;
    QVector<KpiPeriod> trend; // oldest first; the last is `period`
    QDateTime asOf;
    QVector<KpiUnit> units;
    KpiSettings settings;
    KpiTable current;
    KpiTable before;
    KpiTable yearAgo;
    QVector<KpiTable> trendTables; // one per trend period
    QVector<KpiWarning> warnings;
    QVector<KpiCase> cases;         // every case read, for drill-down
    KpiActivity activity; // screenings, grid staff and work log, for drill-down
    QString error;
    int generation = 0;

    // The engine over `units` and `settings`, built once with them on the
    // worker (a city's 15,000 grids each list the units above them).
    const KpiEngine &engine() const
    {
        static const KpiEngine none{QVector<KpiUnit>(), KpiSettings()};
        return kpi ? *kpi : none;
    }
    void buildEngine() { kpi = std::make_shared<const KpiEngine>(units, settings); }

private:
    std::shared_ptr<const KpiEngine> kpi;
};

} // namespace griddesk::app
