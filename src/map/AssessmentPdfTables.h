#pragma once
// The text tables of the assessment's printed report, from the report value:
// the unit's KPIs with their counts and changes, the units under it, the
// early warnings and the KPI definitions. Figures read as the dock shows them.

#include "AssessmentReport.h"
#include "ReportLayoutKit.h"

#include <QCoreApplication>

namespace griddesk::map {

class AssessmentPdfTables
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentPdfTables)

public:
    static ReportTable summary(const AssessmentReport &report);
    // The units listed under the subject: its children, then departments.
    static ReportTable units(const AssessmentReport &report);
    static ReportTable warnings(const AssessmentReport &report);
    static ReportTable definitions();

    // A figure as shown: "92.3%", "—" when there is nothing to divide by.
    static QString value(Kpi k, const KpiFigure &f);
    // A change as shown, signed in the KPI's own unit: "+2.3 pt".
    static QString change(Kpi k, const std::optional<double> &delta);
    // Green when the change is for the better, red when for the worse.
    static QColor changeColour(Kpi k, const std::optional<double> &delta);
    // The KPIs a unit table shows, one column each.
    static QVector<Kpi> unitColumns();
};

} // namespace griddesk::map
