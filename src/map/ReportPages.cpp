#include "ReportPages.h"

#include <algorithm>

namespace griddesk::map {

using Kit = ReportLayoutKit;

ReportPages::ReportPages(QgsLayout &layout, const QString &title, const QString &subtitle)
    : m_kit(layout)
    , m_title(title)
    , m_subtitle(subtitle)
{
}

int ReportPages::page(const QString &section)
{
    const int p = m_kit.addPage();
    m_kit.label(p, { Kit::kMargin, 9, kContentWidth, 10 }, m_title, Kit::font(17, true), Kit::accent());
    m_kit.label(p, { Kit::kMargin, 19.5, kContentWidth, 6 }, m_subtitle, Kit::font(9), Kit::muted());
    m_kit.rule(p, { Kit::kMargin, 27, kContentWidth, 0.6 });
    m_kit.label(p, { Kit::kMargin, 31, kContentWidth, 7 }, section, Kit::font(11, true), Kit::accent());
    m_pages << p;
    return p;
}

int ReportPages::barePage()
{
    const int p = m_kit.addPage();
    m_pages << p;
    return p;
}

void ReportPages::footers(const QString &footLeft, const QString &numbering)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        m_kit.label(
            m_pages.at(i), { Kit::kMargin, 200, kContentWidth * 0.7, 5 }, footLeft, Kit::font(7.5), Kit::muted());
        m_kit.label(m_pages.at(i), { Kit::kMargin + kContentWidth * 0.7, 200, kContentWidth * 0.3, 5 },
            numbering.arg(i + 1).arg(m_pages.size()), Kit::font(7.5), Kit::muted(), Qt::AlignRight | Qt::AlignVCenter);
    }
}

ReportPages::Cursor ReportPages::flowingTable(Cursor at, const QString &section, const ReportTable &table,
    double pointSize, const QString &note, const QFont &noteFont, const QColor &noteColour)
{
    const double noteHeight = noteFont.pointSizeF() * 25.4 / 72.0 + 2.4;
    const double noteRoom = note.isEmpty() ? 0 : noteHeight + 2;
    const double rowsMin = Kit::rowHeight(table, table.rows.value(0), pointSize) * 3 + 10;
    const bool continues = at.page >= 0 && kContentBottom - at.y - 9 - noteRoom >= rowsMin;
    const double firstTop = continues ? at.y + 9 : kContentTop;
    const auto chunks = Kit::paginate(
        table, kContentBottom - firstTop - noteRoom, pointSize, kContentBottom - kContentTop - noteRoom);
    Cursor end;
    for (int i = 0; i < chunks.size(); ++i) {
        double top = kContentTop;
        if (i == 0 && continues) {
            end.page = at.page;
            m_kit.label(
                end.page, { Kit::kMargin, at.y + 1, kContentWidth, 7 }, section, Kit::font(11, true), Kit::accent());
            top = firstTop;
        } else {
            end.page = page(i == 0 ? section : tr("%1 (continued)").arg(section));
        }
        ReportTable part = table;
        part.rows = chunks.at(i);
        m_kit.table(end.page, { Kit::kMargin, top, kContentWidth, kContentBottom - top }, part, pointSize);
        // The frame takes the rest of the page, and QGIS reports its size as
        // the table's: what follows goes under the rows themselves.
        end.y = top + std::min(Kit::tableHeight(part, pointSize), kContentBottom - top);
        if (!note.isEmpty()) {
            m_kit.label(end.page, { Kit::kMargin, end.y + 1.5, kContentWidth, noteHeight }, note, noteFont, noteColour);
            end.y += noteHeight + 1.5;
        }
    }
    end.y += 6;
    return end;
}

} // namespace griddesk::map
