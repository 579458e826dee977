#pragma once
// Builds an AssessmentReport from the KPI engine and the cases, screenings and
// category names read for it. The one route from data to report: the dock
// builds from what it has read, AssessmentReportReader from the store.

#include "AssessmentReport.h"
#include "EarlyWarning.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace griddesk {

class AssessmentReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentReportBuilder)

public:
    // `cases` must reach back to casesFrom(); `categoryNames` maps category
    // codes to the reader's names. An unknown unit gives nothing and says why
    // in *error.
    static std::optional<AssessmentReport> build(const KpiEngine &engine, const QString &unitCode,
        const KpiPeriod &period, const QDateTime &asOf, const QVector<KpiCase> &cases,
        const KpiActivity &activity, const QHash<QString, QString> &categoryNames,
        const WarningSettings &warnings = {}, QString *error = nullptr);

    // The earliest instant the cases and screenings must be read from: the
    // same period last year, the warnings' baseline and their repeat window.
    static QDateTime casesFrom(const KpiPeriod &period, const WarningSettings &warnings = {});

    // The name of a group of ranked units, translated.
    static QString groupName(AdminLevel level, bool departments);
};

} // namespace griddesk
