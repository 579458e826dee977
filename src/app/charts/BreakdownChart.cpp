#include "BreakdownChart.h"
#include "BarRowsView.h"
#include "ChartFormat.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace griddesk::app {

BreakdownChart::BreakdownChart(QWidget *parent)
    : ChartPanel(parent)
    , m_rows(new BarRowsView(this))
{
    setObjectName(QStringLiteral("breakdownChart"));
    setChart(m_rows);
    connect(m_rows, &BarRowsView::rowClicked, this, &BreakdownChart::itemClicked);
}

void BreakdownChart::setItems(const QVector<ChartValue> &items)
{
    QVector<ChartValue> shown;
    double total = 0;
    for (const ChartValue &i : items) {
        if (i.valid && std::isfinite(i.value) && i.value > 0) {
            shown << i;
            total += i.value;
        }
    }
    std::stable_sort(shown.begin(), shown.end(), [](const ChartValue &a, const ChartValue &b) {
        if (a.value != b.value)
            return a.value > b.value;
        return a.label.localeAwareCompare(b.label) < 0;
    });
    QVector<BarRow> rows;
    for (const ChartValue &i : qAsConst(shown)) {
        QString text;
        if (m_showShares) {
            const QString share = ChartFormat::value(100.0 * i.value / total, ChartValueKind::Percent);
            text = ChartFormat::value(i.value, ChartValueKind::Count) + QStringLiteral(" · ") + share;
        } else {
            text = QLocale().toString(i.value, 'f', std::round(i.value) == i.value ? 0 : 1);
        }
        rows.append({ i.key, QString(), i.label, i.value, text, false });
    }
    m_rows->setRows(rows);
    setHasData(!rows.isEmpty());
}

QStringList BreakdownChart::keys() const
{
    return m_rows->keys();
}

void BreakdownChart::setCurrentKey(const QString &key)
{
    m_rows->setCurrentKey(key);
}

} // namespace griddesk::app
