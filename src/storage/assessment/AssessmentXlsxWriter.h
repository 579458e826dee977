#pragma once
// The assessment report as an Excel workbook, written through GDAL/OGR's XLSX
// driver: a summary sheet (one row per unit: every KPI's value, numerator,
// denominator, sample, too-few-cases flag and changes), the rankings, the
// early warnings, the KPI definitions and the report's period. Headers are
// in the reader's language. The file appears whole or not at all.

#include "AssessmentReport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace griddesk {

class AssessmentXlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentXlsxWriter)

public:
    // On failure nothing is written at `path` and *error names the file and the reason.
    static bool write(const AssessmentReport &report, const QString &path, QString *error);

    // The sheets, in order, in the reader's language.
    static QStringList sheetNames();
    // A KPI's columns on the summary sheet, in order.
    static QStringList summaryColumns(Kpi k);
};

} // namespace griddesk
