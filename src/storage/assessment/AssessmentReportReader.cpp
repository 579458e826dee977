#include "AssessmentReportReader.h"
#include "AssessmentReportBuilder.h"
#include "Store.h"
#include "StoreError.h"

#include <QLocale>

#include <algorithm>

namespace griddesk {

AssessmentReport AssessmentReportReader::read(const Store &store, const QString &unitCode, const KpiPeriod &period,
    const QDateTime &asOf, const WarningSettings &warnings)
{
    const QDateTime from = AssessmentReportBuilder::casesFrom(period, warnings);
    const KpiEngine engine(store.kpiUnits(period.from(), period.to()), store.assessmentSettings());
    if (!engine.unit(unitCode))
        throw StoreError(StoreError::Kind::NotFound,
            AssessmentReportBuilder::tr("Unit %1 is not known, or lies outside your area").arg(unitCode));
    const QVector<KpiCase> cases = store.kpiCases(from, period.to());
    // The period's last ISO week may run past its end.
    const KpiActivity activity = store.kpiActivity(from, std::max(period.to(), period.weeksTo()));
    const bool chinese = QLocale().language() == QLocale::Chinese;
    QHash<QString, QString> categoryNames;
    for (const IncidentCategory &c : store.categories())
        categoryNames.insert(c.code, chinese || c.nameEn.isEmpty() ? c.nameZh : c.nameEn);
    QString error;
    const auto report = AssessmentReportBuilder::build(
        engine, unitCode, period, asOf, cases, activity, categoryNames, warnings, &error);
    if (!report)
        throw StoreError(StoreError::Kind::Invalid, error);
    return *report;
}

} // namespace griddesk
