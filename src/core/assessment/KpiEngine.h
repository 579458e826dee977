#pragma once
// The assessment engine: every KPI for every unit in a period, as pure
// functions over case records. The dock, the exports, the meeting agenda and
// `griddesk-admin kpi` all count through it, and a drill-down lists exactly
// the cases a figure counts, because both use the same membership rules.
//
// A case belongs to its grid, its community, its township and its lead
// department. The rules for each KPI are in Kpi.cpp (kpi::rules) and
// docs/kpi.md.

#include "Kpi.h"
#include "KpiActivity.h"
#include "KpiCase.h"
#include "KpiFigure.h"
#include "KpiPeriod.h"
#include "KpiSettings.h"
#include "KpiWorkLog.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <QVector>

#include <array>

namespace griddesk {

class KpiTable
{
public:
    static constexpr int kKpis = 14;
    using Row = std::array<KpiFigure, kKpis>;

    KpiFigure figure(const QString &unitCode, Kpi k) const;
    bool hasUnit(const QString &unitCode) const { return m_rows.contains(unitCode); }
    QStringList unitCodes() const { return m_rows.keys(); }
    Row &row(const QString &unitCode) { return m_rows[unitCode]; }

private:
    QHash<QString, Row> m_rows;
};

// The cases behind a figure; for screening coverage the grid-weeks ("grid
// code|2026-W48"); for the work-log KPIs the worker-weeks, each with what
// was logged (those `met` are the compliance's numerator).
struct KpiMembers {
    QVector<qint64> numerator;
    QVector<qint64> denominator;
    QStringList numeratorGridWeeks;
    QStringList denominatorGridWeeks;
    QVector<KpiWorkerWeek> workerWeeks;
};

class KpiEngine
{
public:
    explicit KpiEngine(QVector<KpiUnit> units, KpiSettings settings = {});

    const QVector<KpiUnit> &units() const { return m_units; }
    QVector<KpiUnit> unitsAt(AdminLevel level) const; // division units of one level
    QVector<KpiUnit> departments() const;
    const KpiUnit *unit(const QString &code) const;
    KpiSettings settings() const { return m_settings; }

    KpiTable compute(const QVector<KpiCase> &cases, const KpiActivity &activity, const KpiPeriod &period,
                     const QDateTime &asOf) const;
    KpiMembers members(Kpi k, const QString &unitCode, const QVector<KpiCase> &cases, const KpiActivity &activity,
                       const KpiPeriod &period, const QDateTime &asOf) const;
    // Cases reported in the period in a unit (the incidence rate's cases), by
    // category code and by source code.
    QMap<QString, QVector<qint64>> byCategory(const QString &unitCode, const QVector<KpiCase> &cases,
                                              const KpiPeriod &period) const;
    QMap<QString, QVector<qint64>> bySource(const QString &unitCode, const QVector<KpiCase> &cases,
                                            const KpiPeriod &period) const;

    bool belongs(const KpiCase &c, const QString &unitCode) const;

    // The membership rules, per case; the ratios' numerators are subsets of
    // their denominators. For the incidence rate and the counts only the
    // numerator is a set of cases.
    static bool inDenominator(Kpi k, const KpiCase &c, const KpiPeriod &period, const QDateTime &asOf);
    static bool inNumerator(Kpi k, const KpiCase &c, const KpiPeriod &period, const QDateTime &asOf);

private:
    QStringList gridsUnder(const QString &unitCode) const;

    QVector<KpiUnit> m_units;
    QHash<QString, int> m_index;
    QHash<QString, QStringList> m_gridsUnder;  // unit code → its grids (a grid → itself)
    QHash<QString, QStringList> m_districtsOf; // grid code → the districts above it
    KpiSettings m_settings;
};

} // namespace griddesk
