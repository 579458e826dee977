#pragma once
// The class ranges of a KPI choropleth, computed by QGIS's own classification
// methods (the graduated renderer's), with readable labels such as
// "85.0 – 92.3 %", and the class a figure falls in.

#include "KpiChoroplethTypes.h"

#include <QList>

#include <qgsclassificationmethod.h>

namespace griddesk::map {

class ChoroplethClasses
{
public:
    ChoroplethClasses() = default;
    // Classes over `values` (figures of the sufficient units only). Fewer
    // distinct figures than classes give fewer classes; no figure gives none.
    static ChoroplethClasses compute(const QList<double> &values, const KpiChoroplethOptions &options);

    const QList<QgsClassificationRange> &ranges() const { return m_ranges; }
    int count() const { return int(m_ranges.size()); }
    // 0-based class of a figure, as QGIS's graduated renderer places it (the
    // first range holding it, bounds included); -1 with no classes.
    int classOf(double value) const;
    // Where class `index` sits on the ramp, 0 = worse end, 1 = better end.
    double rampPosition(int index, bool higherIsBetter) const;

private:
    QList<QgsClassificationRange> m_ranges;
};

} // namespace griddesk::map
