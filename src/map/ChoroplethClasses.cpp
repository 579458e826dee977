#include "ChoroplethClasses.h"

#include <QCoreApplication>

#include <qgsapplication.h>
#include <qgsclassificationmethodregistry.h>

#include <algorithm>
#include <memory>

namespace griddesk::map {

namespace {
QString methodId(ClassificationMethod method)
{
    switch (method) {
    case ClassificationMethod::Jenks:
        return QStringLiteral("Jenks");
    case ClassificationMethod::EqualInterval:
        return QStringLiteral("EqualInterval");
    case ClassificationMethod::Quantile:
        break;
    }
    return QStringLiteral("Quantile");
}
} // namespace

ChoroplethClasses ChoroplethClasses::compute(const QList<double> &values, const KpiChoroplethOptions &options)
{
    ChoroplethClasses out;
    if (values.isEmpty())
        return out;
    std::unique_ptr<QgsClassificationMethod> method(
        QgsApplication::classificationMethodRegistry()->method(methodId(options.method)));
    //: A class of the KPI map's legend: from %1 to %2.
    method->setLabelFormat(QCoreApplication::translate("KpiChoropleth", "%1 – %2"));
    method->setLabelPrecision(options.decimals);
    method->setLabelTrimTrailingZeroes(false);
    // Never more classes than distinct figures: quantiles of two figures would
    // otherwise make five classes, three of them empty.
    QList<double> distinct = values;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    const int classes = std::clamp(options.classes, 1, int(distinct.size()));
    const QList<QgsClassificationRange> ranges = method->classes(values, classes);
    // Quantiles of few distinct figures repeat a break; such classes would be empty.
    for (const QgsClassificationRange &r : ranges) {
        if (!out.m_ranges.isEmpty() && r.upperBound() <= out.m_ranges.last().upperBound())
            continue;
        const double lower = out.m_ranges.isEmpty() ? r.lowerBound() : out.m_ranges.last().upperBound();
        out.m_ranges << QgsClassificationRange(
            method->labelForRange(lower, r.upperBound()) + options.suffix, lower, r.upperBound());
    }
    if (out.m_ranges.isEmpty()) // every figure the same
        out.m_ranges << QgsClassificationRange(
            method->labelForRange(values.first(), values.first()) + options.suffix, values.first(), values.first());
    return out;
}

int ChoroplethClasses::classOf(double value) const
{
    if (m_ranges.isEmpty())
        return -1;
    for (int i = 0; i < m_ranges.size(); ++i)
        if (m_ranges[i].lowerBound() <= value && value <= m_ranges[i].upperBound())
            return i;
    return value < m_ranges.first().lowerBound() ? 0 : int(m_ranges.size()) - 1;
}

double ChoroplethClasses::rampPosition(int index, bool higherIsBetter) const
{
    const double t = m_ranges.size() < 2 ? 0.5 : double(index) / double(m_ranges.size() - 1);
    return higherIsBetter ? t : 1.0 - t;
}

} // namespace griddesk::map
