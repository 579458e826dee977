#include "RankingBarChart.h"
#include "BarRowsView.h"
#include "ChartFormat.h"

#include <algorithm>
#include <cmath>

namespace griddesk::app {

RankingBarChart::RankingBarChart(QWidget *parent)
    : ChartPanel(parent)
    , m_rows(new BarRowsView(this))
{
    setObjectName(QStringLiteral("rankingBarChart"));
    setChart(m_rows);
    connect(m_rows, &BarRowsView::rowClicked, this, &RankingBarChart::barClicked);
}

void RankingBarChart::setUnits(const QVector<ChartValue> &units, ChartValueKind kind, bool higherIsBetter)
{
    QVector<ChartValue> ranked, others;
    for (const ChartValue &u : units)
        (u.valid && std::isfinite(u.value) ? ranked : others).append(u);
    std::stable_sort(ranked.begin(), ranked.end(), [higherIsBetter](const ChartValue &a, const ChartValue &b) {
        if (a.value != b.value)
            return higherIsBetter ? a.value > b.value : a.value < b.value;
        return a.label.localeAwareCompare(b.label) < 0;
    });
    std::stable_sort(others.begin(), others.end(),
        [](const ChartValue &a, const ChartValue &b) { return a.label.localeAwareCompare(b.label) < 0; });
    const auto withNote
        = [](QString text, const QString &note) { return note.isEmpty() ? text : text + QStringLiteral(" · ") + note; };
    QVector<BarRow> rows;
    int rank = 0;
    for (int i = 0; i < ranked.size(); ++i) {
        const ChartValue &u = ranked.at(i);
        if (i == 0 || u.value != ranked.at(i - 1).value)
            rank = i + 1;
        rows.append({ u.key, QString::number(rank), u.label, u.value,
            withNote(ChartFormat::value(u.value, kind), u.note), false });
    }
    for (const ChartValue &u : qAsConst(others))
        rows.append({ u.key, QString(), u.label, 0, withNote(ChartFormat::tooFewCases(), u.note), true });
    m_rows->setRows(rows);
    setHasData(!rows.isEmpty());
}

QStringList RankingBarChart::keys() const
{
    return m_rows->keys();
}

int RankingBarChart::rankOf(const QString &key) const
{
    for (const BarRow &r : m_rows->rows())
        if (r.key == key)
            return r.rank.toInt();
    return 0;
}

void RankingBarChart::setCurrentKey(const QString &key)
{
    m_rows->setCurrentKey(key);
}

} // namespace griddesk::app
