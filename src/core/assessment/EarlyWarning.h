#pragma once
// Early warning (研判预警) from the cases of a period and the periods before:
// - a grid or community whose incidents rise well above its own baseline;
// - the same parties, or the same kind of case at the same place, coming back
//   within a window (repeat disputes);
// - clusters of one category close together within a few days.
// Each warning says why in words and lists its cases.

#include "KpiCase.h"
#include "KpiPeriod.h"
#include "KpiWarning.h"

#include <QVector>

namespace griddesk {

class KpiEngine;

struct WarningSettings {
    int baselinePeriods = 6;     // rising: the periods before that form the baseline
    int risingMinCases = 5;      // rising: at least this many cases in the period
    double risingFactor = 1.5;   // rising: and at least this times the baseline mean
    double risingSigmas = 2.0;   // rising: and above the mean by this many standard deviations
    int repeatWindowDays = 90;   // repeats: each case within this many days of the one before
    double repeatMetres = 50.0;  // repeat place: this close
    int clusterMinCases = 4;     // cluster: at least this many cases
    double clusterMetres = 300.0;
    int clusterDays = 7;
};

class EarlyWarning
{
public:
    EarlyWarning(const KpiEngine &engine, WarningSettings settings = {});

    // Warnings for `period`; `cases` should reach back over the baseline
    // periods and the repeat window. Newest first within each kind.
    QVector<KpiWarning> find(const QVector<KpiCase> &cases, const KpiPeriod &period, const QDateTime &asOf) const;

    QVector<KpiWarning> rising(const QVector<KpiCase> &cases, const KpiPeriod &period, const QDateTime &asOf) const;
    QVector<KpiWarning> repeatParties(const QVector<KpiCase> &cases, const KpiPeriod &period, const QDateTime &asOf) const;
    QVector<KpiWarning> repeatPlaces(const QVector<KpiCase> &cases, const KpiPeriod &period, const QDateTime &asOf) const;
    QVector<KpiWarning> clusters(const QVector<KpiCase> &cases, const KpiPeriod &period, const QDateTime &asOf) const;

private:
    const KpiEngine &m_engine;
    WarningSettings m_settings;
};

} // namespace griddesk
