#include "ItemSlidePage.h"
#include "BreakdownChart.h"
#include "ChartLook.h"
#include "FactsPanel.h"
#include "SlideMapView.h"
#include "SlideText.h"

#include <QLabel>

#include <algorithm>

namespace griddesk::app {

ItemSlidePage::ItemSlidePage(map::ConsoleLayers *layers, QWidget *parent)
    : SlidePage(parent)
    , m_title(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_position(new QLabel(this))
    , m_planned(new QLabel(this))
    , m_rule(new QWidget(this))
    , m_factsPanel(new FactsPanel(this))
    , m_chart(new BreakdownChart(this))
    , m_map(new SlideMapView(layers, this))
    , m_footer(new QLabel(this))
{
    setObjectName(QStringLiteral("itemSlide"));
    m_title->setObjectName(QStringLiteral("slideTitle"));
    m_reason->setObjectName(QStringLiteral("slideReason"));
    m_position->setObjectName(QStringLiteral("slidePosition"));
    m_planned->setObjectName(QStringLiteral("slidePlanned"));
    m_rule->setObjectName(QStringLiteral("slideRule"));
    m_rule->setAutoFillBackground(true);
    m_chart->setObjectName(QStringLiteral("slideChart"));
    m_chart->setFocusPolicy(Qt::NoFocus);
    for (QWidget *w : m_chart->findChildren<QWidget *>())
        w->setFocusPolicy(Qt::NoFocus);
    m_footer->setObjectName(QStringLiteral("slideFooter"));
}

void ItemSlidePage::setItem(const ItemFacts &facts, int number, int total, const QString &footer)
{
    m_facts = facts;
    m_number = number;
    m_total = total;
    m_footerText = footer;
    m_factsPanel->setFacts(facts.facts);
    m_bars.clear();
    for (const FactsBar &b : facts.chart)
        m_bars.append({ b.label, b.label, b.value, true, QString() });
    // Counts of cases add up to a whole; a KPI's fall in points does not.
    // The bars that fit are set when the page is laid out (relayout).
    m_chart->setShowShares(facts.item.kind != AgendaKind::KpiDrop);
    m_chart->setTitle(facts.chartTitle);
    m_chart->setVisible(!facts.chartTitle.isEmpty() && !facts.chart.isEmpty());
    m_map->showItem(facts);
    relayout();
}

void ItemSlidePage::setLook(const SlideLook &look)
{
    m_chart->setFont(look.small());
    m_factsPanel->setLook(look);
    m_map->setLook(look);
    SlidePage::setLook(look);
}

QVector<ChartValue> ItemSlidePage::fitted(int bars) const
{
    // A fall in points does not add up: the largest falls alone.
    QVector<ChartValue> sorted = m_bars;
    std::stable_sort(sorted.begin(), sorted.end(), [](const ChartValue &a, const ChartValue &b) { return a.value > b.value; });
    if (sorted.size() <= bars)
        return sorted;
    if (m_facts.item.kind == AgendaKind::KpiDrop) {
        sorted.resize(bars);
        return sorted;
    }
    QVector<ChartValue> out = sorted.mid(0, bars - 1);
    double rest = 0;
    for (int i = bars - 1; i < sorted.size(); ++i)
        rest += sorted.at(i).value;
    const int others = int(sorted.size()) - (bars - 1);
    out.append({ QStringLiteral("others"), tr("%n others", "bars summed up in one", others), rest, true, QString() });
    return out;
}

void ItemSlidePage::relayout()
{
    const SlideLook &k = look();
    const int margin = k.px(56);
    const int gap = k.px(36);
    const int w = width() - 2 * margin;
    const int h = height();

    // The foot: the meeting on the left, the item's place on the agenda on the right.
    slidetext::style(m_position, k.small(), k.muted());
    slidetext::style(m_footer, k.small(), k.muted());
    const QString position = tr("Item %1 of %2").arg(m_number).arg(m_total);
    const int footHeight = QFontMetrics(k.small()).height();
    const int footTop = h - margin / 2 - footHeight;
    const int positionWidth = std::min(w / 3, QFontMetrics(k.small()).horizontalAdvance(position) + 1);
    slidetext::place(m_position, position, QRect(margin + w - positionWidth, footTop, positionWidth, footHeight),
        Qt::AlignRight | Qt::AlignTop);
    slidetext::place(m_footer, m_footerText, QRect(margin, footTop, w - positionWidth - gap, footHeight));

    // The head: the title (at most two lines), then the reason, and the planned time on the right.
    slidetext::style(m_title, k.heading(), k.ink());
    slidetext::style(m_reason, k.subheading(), k.muted());
    slidetext::style(m_planned, k.body(), k.accent());
    const QString planned = tr("%n min planned", "", m_facts.item.plannedMinutes);
    const int plannedWidth = QFontMetrics(k.body()).horizontalAdvance(planned) + 1;
    const int titleWidth = w - plannedWidth - gap;
    int y = margin / 2 + k.px(8);
    const int titleHeight = slidetext::place(
        m_title, m_facts.title, QRect(margin, y, titleWidth, QFontMetrics(k.heading()).lineSpacing() * 2));
    slidetext::place(m_planned, planned,
        QRect(margin + w - plannedWidth, y + (QFontMetrics(k.heading()).height() - QFontMetrics(k.body()).height()) / 2,
            plannedWidth, QFontMetrics(k.body()).height()),
        Qt::AlignRight | Qt::AlignTop);
    y += titleHeight + k.px(10);
    y += slidetext::place(
        m_reason, m_facts.reason, QRect(margin, y, w, QFontMetrics(k.subheading()).lineSpacing() * 2));
    y += k.px(18);
    QPalette rp = m_rule->palette();
    rp.setColor(QPalette::Window, k.accent());
    m_rule->setPalette(rp);
    m_rule->setGeometry(margin, y, w, std::max(2, k.px(5)));
    y += k.px(5) + gap;

    // The body: facts and chart on the left (two fifths), the map on the right.
    const int bodyBottom = footTop - k.px(24);
    const int bodyHeight = std::max(1, bodyBottom - y);
    const int leftWidth = (w - gap) * 2 / 5;
    const int mapLeft = margin + leftWidth + gap;
    m_map->setGeometry(mapLeft, y, margin + w - mapLeft, bodyHeight);
    if (m_chart->isVisibleTo(this)) {
        // The chart gets the height its bars need (at least three of them),
        // up to half the column; the facts, the item's cases first, take the
        // rest. Nobody scrolls a wall screen: bars that do not fit are summed
        // up in one "others" bar.
        const QFont label = chartlook::labelFont(k.small());
        const int line = QFontMetrics(label).height();
        const int perBar = line * 2;
        const int overhead = slidetext::heightFor(m_facts.chartTitle, chartlook::titleFont(k.small()), leftWidth - 16)
            + 2 * line + 24;
        const int n = m_bars.size();
        const int wanted = overhead + n * perBar;
        const int least = overhead + std::min(n, 3) * perBar;
        const int room = bodyHeight - m_factsPanel->preferredHeight(leftWidth) - gap;
        const int chartHeight = std::min({ wanted, std::max(room, least), bodyHeight / 2 });
        const int fit = std::max(1, (chartHeight - overhead) / perBar);
        m_chart->setItems(fitted(fit));
        m_factsPanel->setGeometry(margin, y, leftWidth, bodyHeight - chartHeight - gap);
        m_chart->setGeometry(margin, bodyBottom - chartHeight, leftWidth, chartHeight);
    } else {
        m_factsPanel->setGeometry(margin, y, leftWidth, bodyHeight);
    }
}

} // namespace griddesk::app
