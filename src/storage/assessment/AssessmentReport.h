#pragma once
// The assessment of one unit for one period as a single value: the figures of
// the unit and the units under it for the period, the period before and the
// same period last year, the fair rankings per KPI, and the early warnings
// with their reasons and case numbers. The dock's exports, the XLSX and PDF
// writers and `griddesk-admin kpi` all read this value, built by
// AssessmentReportBuilder. It carries no personal data: parties named in a
// warning are masked, and cases appear by their numbers only.

#include "KpiEngine.h"
#include "KpiRanking.h"
#include "KpiWarning.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace griddesk {

// The units of one kind ranked on one KPI: communities, grids or departments.
struct AssessmentRanking {
    Kpi kpi = Kpi::ClosureRate;
    QString group; // translated: "Communities", "Grids", "Departments"
    QVector<RankedUnit> units; // best first, then the unranked
};

struct AssessmentReportWarning {
    KpiWarning warning; // the party, if any, masked
    QString kindName; // translated
    QString unitName;
    QString reason; // in words, translated
    QStringList caseCodes;
};

struct AssessmentReport {
    KpiUnit subject;
    KpiPeriod period;
    KpiPeriod previous;
    KpiPeriod lastYear;
    QDateTime asOf;
    KpiSettings settings;
    // The subject first, then the units under it by level and code, then (for
    // a township or district) the departments.
    QVector<KpiUnit> units;
    KpiTable current;
    KpiTable before; // the previous period
    KpiTable yearAgo; // the same period last year
    QVector<AssessmentRanking> rankings; // per KPI in kpi::all() order, per group
    QVector<AssessmentReportWarning> warnings;

    const KpiUnit *unit(const QString &code) const
    {
        for (const KpiUnit &u : units)
            if (u.code == code)
                return &u;
        return nullptr;
    }
    // The listed units whose parent is `code`.
    QVector<KpiUnit> children(const QString &code) const
    {
        QVector<KpiUnit> out;
        for (const KpiUnit &u : units)
            if (!u.department && u.parentCode == code)
                out << u;
        return out;
    }
    KpiFigure figure(const QString &code, Kpi k) const { return current.figure(code, k); }
    std::optional<double> changeVsPrevious(const QString &code, Kpi k) const
    {
        return kpiChange(current.figure(code, k), before.figure(code, k));
    }
    std::optional<double> changeVsLastYear(const QString &code, Kpi k) const
    {
        return kpiChange(current.figure(code, k), yearAgo.figure(code, k));
    }
};

} // namespace griddesk
