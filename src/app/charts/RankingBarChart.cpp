#include "RankingBarChart.h"
#include "BarRowsView.h"
#include "ChartFormat.h"

#include <QCollator>

#include <algorithm>
#include <cmath>
#include <vector>

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
    // Names compare by their collation keys, made once: a city's grids are
    // 15,000 names, many of them tied on value.
    QCollator collator;
    struct Entry {
        const ChartValue *unit;
        QCollatorSortKey name;
    };
    std::vector<Entry> ranked, others;
    for (const ChartValue &u : units)
        (u.valid && std::isfinite(u.value) ? ranked : others).push_back({&u, collator.sortKey(u.label)});
    std::stable_sort(ranked.begin(), ranked.end(), [higherIsBetter](const Entry &a, const Entry &b) {
        if (a.unit->value != b.unit->value)
            return higherIsBetter ? a.unit->value > b.unit->value : a.unit->value < b.unit->value;
        return a.name.compare(b.name) < 0;
    });
    std::stable_sort(others.begin(), others.end(), [](const Entry &a, const Entry &b) { return a.name.compare(b.name) < 0; });
    const auto withNote
        = [](QString text, const QString &note) { return note.isEmpty() ? text : text + QStringLiteral(" · ") + note; };
    // The best and the worst when there are more than a chart can show; the
    // ranks keep their numbers, and a greyed row says how many lie between.
    const int n = int(ranked.size());
    const int shownEach = n > kMaxRows ? kMaxRows / 2 : n;
    QVector<BarRow> rows;
    int rank = 0;
    for (int i = 0; i < n; ++i) {
        const ChartValue &u = *ranked.at(i).unit;
        if (i == 0 || u.value != ranked.at(i - 1).unit->value)
            rank = i + 1;
        if (i == shownEach && n > kMaxRows)
            rows.append({QString(), QString(), tr("… %n more ranked unit(s)", nullptr, n - 2 * shownEach), 0, QString(), true});
        if (i >= shownEach && i < n - shownEach)
            continue;
        rows.append({u.key, QString::number(rank), u.label, u.value, withNote(ChartFormat::value(u.value, kind), u.note), false});
    }
    if (rows.size() + int(others.size()) <= kMaxRows + 1) {
        for (const Entry &e : others)
            rows.append({e.unit->key, QString(), e.unit->label, 0, withNote(ChartFormat::tooFewCases(), e.unit->note), true});
    } else if (!others.empty()) {
        rows.append({QString(), QString(), tr("%n more unit(s) with too few cases to rank", nullptr, int(others.size())), 0,
                     ChartFormat::tooFewCases(), true});
    }
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
