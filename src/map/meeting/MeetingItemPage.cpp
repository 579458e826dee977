#include "MeetingItemPage.h"
#include "MeetingItemMap.h"
#include "MeetingPackTables.h"
#include "ReportPages.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace griddesk::map {

namespace {

using Kit = ReportLayoutKit;
constexpr double kRowMm = 5.6; // one bar row

// A block of running text: its height once wrapped in `width` mm, with room
// under the last line for its descenders.
double textHeight(const QString &text, double width, double pointSize)
{
    ReportTable t;
    t.widths = { width };
    t.padding = 0;
    return Kit::rowHeight(t, ReportRow { ReportCell { text } }, pointSize) + pointSize * 25.4 / 72.0 * 0.4;
}

QString barValue(double v)
{
    return QLocale().toString(v, 'f', std::abs(v - std::round(v)) < 1e-9 ? 0 : 1);
}

// The chart as rows of label, bar and value, from `top` down.
void chart(Kit &kit, int page, const ItemFacts &f, double x, double top, double width)
{
    kit.label(page, { x, top, width, 6 }, f.chartTitle, Kit::font(9.5, true), Kit::accent());
    double maxValue = 0;
    for (const FactsBar &b : f.chart)
        maxValue = std::max(maxValue, b.value);
    const double labelW = std::min(38.0, width * 0.36), valueW = 14;
    const double barX = x + labelW + 2, barW = width - labelW - valueW - 4;
    double y = top + 7;
    const int shown = std::min<int>(int(f.chart.size()), MeetingItemPage::kMaxBars);
    for (int i = 0; i < shown; ++i) {
        const FactsBar &b = f.chart.at(i);
        kit.label(page, { x, y, labelW, kRowMm - 0.6 }, b.label, Kit::font(8), Kit::body(),
            Qt::AlignRight | Qt::AlignVCenter);
        kit.rule(page, { barX, y + 1.0, barW, kRowMm - 2.0 }, QColor(0xee, 0xf1, 0xf5));
        if (maxValue > 0 && b.value > 0)
            kit.rule(page, { barX, y + 1.0, std::max(0.6, barW * b.value / maxValue), kRowMm - 2.0 }, Kit::accent());
        kit.label(page, { barX + barW + 2, y, valueW, kRowMm - 0.6 }, barValue(b.value), Kit::font(8), Kit::body());
        y += kRowMm;
    }
    if (f.chart.size() > shown)
        kit.label(page, { x, y, width, 5 },
            MeetingItemPage::tr("and %n more not drawn", nullptr, int(f.chart.size()) - shown), Kit::font(7.5),
            Kit::muted());
}

double chartHeight(const ItemFacts &f)
{
    if (f.chartTitle.isEmpty() || f.chart.isEmpty())
        return 0;
    const int shown = std::min<int>(int(f.chart.size()), MeetingItemPage::kMaxBars);
    return 7 + shown * kRowMm + (f.chart.size() > shown ? 5 : 0);
}

} // namespace

int MeetingItemPage::add(ReportPages &pages, QgsLayout &layout, const MeetingPack &pack, int index,
    ConsoleLayers *layers, ItemHighlightLayers *highlight)
{
    const ItemFacts &f = pack.items.at(index);
    Kit &kit = pages.kit();
    const int page = pages.page(
        tr("Item %1 of %2: %3").arg(index + 1).arg(pack.items.size()).arg(MeetingPackTables::itemTitle(pack, index)));

    double x = Kit::kMargin, width = ReportPages::kContentWidth;
    if (layers && highlight) {
        constexpr double mapW = 162, mapH = 120;
        const ReportMapSpec spec = MeetingItemMap::spec(f, *layers, *highlight);
        ReportMapFrame::add(layout, page, spec, { Kit::kMargin, ReportPages::kContentTop, mapW, mapH },
            { Kit::kMargin, ReportPages::kContentTop + mapH + 3, mapW,
                ReportPages::kContentBottom - ReportPages::kContentTop - mapH - 3 });
        x = Kit::kMargin + mapW + 7;
        width = Kit::kPageWidth - Kit::kMargin - x;
    }

    // The text from the top, down to the chart at the foot.
    const double chartH = chartHeight(f);
    const double bottom = ReportPages::kContentBottom - (chartH > 0 ? chartH + 4 : 0);
    double y = ReportPages::kContentTop;
    const auto block = [&](const QString &caption, const QString &text, double pointSize) {
        const double h = textHeight(text, width, pointSize);
        if (y + 6 + h > bottom)
            return false;
        kit.label(page, { x, y, width, 5.5 }, caption, Kit::font(9.5, true), Kit::accent());
        kit.label(page, { x, y + 6, width, h }, text, Kit::font(pointSize), Kit::body(), Qt::AlignLeft | Qt::AlignTop);
        y += 6 + h + 3;
        return true;
    };
    block(tr("Why it is on the agenda"), f.reason.isEmpty() ? QStringLiteral("—") : f.reason, 10);

    // The facts, as many as fit, then how many more there are.
    QStringList facts;
    for (const QString &line : f.facts)
        facts << QStringLiteral("• ") + line;
    QString factsText = facts.join(QLatin1Char('\n'));
    const double reserve = 6 + 5.5 + 3 + 6 + 5.5; // the cases and the planned time under the facts
    while (!facts.isEmpty() && y + 6 + textHeight(factsText, width, 9.5) > bottom - reserve) {
        facts.removeLast();
        factsText = facts.join(QLatin1Char('\n')) + QLatin1Char('\n')
            + tr("… and %n more fact(s)", nullptr, int(f.facts.size() - facts.size()));
    }
    if (!f.facts.isEmpty())
        block(tr("Facts"), factsText, 9.5);

    QStringList cases = pack.caseNumbers(f.caseIds);
    constexpr int kCasesShown = 24;
    QString casesText = cases.mid(0, kCasesShown).join(QStringLiteral(", "));
    if (cases.size() > kCasesShown)
        casesText += tr(" and %n more", nullptr, int(cases.size()) - kCasesShown);
    if (!cases.isEmpty())
        block(tr("Cases (%n)", nullptr, int(cases.size())), casesText, 8.5);
    block(tr("Planned time"), tr("%n min", nullptr, f.item.plannedMinutes), 9.5);

    if (chartH > 0)
        chart(kit, page, f, x, ReportPages::kContentBottom - chartH, width);
    return page;
}

} // namespace griddesk::map
