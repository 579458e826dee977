#pragma once
// The pages of a printed report: each with the report's heading and a
// section caption, tables that flow over as many pages as their rows need,
// and every page's foot with a note on the left and its number on the right,
// once all pages exist.

#include "ReportLayoutKit.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace griddesk::map {

class ReportPages
{
    Q_DECLARE_TR_FUNCTIONS(ReportPages)

public:
    static constexpr double kContentWidth = ReportLayoutKit::kPageWidth - 2 * ReportLayoutKit::kMargin;
    static constexpr double kContentTop = 40.0;
    static constexpr double kContentBottom = 194.0;

    // `title` and `subtitle` head every page but bare ones.
    ReportPages(QgsLayout &layout, const QString &title, const QString &subtitle);

    ReportLayoutKit &kit() { return m_kit; }
    int count() const { return int(m_pages.size()); }

    // A page with the report's heading and a section caption.
    int page(const QString &section);
    // A page without the heading (a cover), numbered like the others.
    int barePage();

    // `footLeft` in each page's foot and `numbering` ("Page %1 of %2", translated) on the right.
    void footers(const QString &footLeft, const QString &numbering);

    // Where the next section may start: a page and a height on it.
    struct Cursor {
        int page = -1;
        double y = 0;
    };

    // A captioned table from `at` on (or on a new page when too little room
    // is left there), over as many pages as its rows need; the note goes
    // under the table's last part (small and grey unless `noteFont` and
    // `noteColour` say otherwise). Returns where the table ended.
    Cursor flowingTable(Cursor at, const QString &section, const ReportTable &table, double pointSize,
        const QString &note = {}, const QFont &noteFont = ReportLayoutKit::font(7.5),
        const QColor &noteColour = ReportLayoutKit::muted());

private:
    ReportLayoutKit m_kit;
    QString m_title;
    QString m_subtitle;
    QVector<int> m_pages;
};

} // namespace griddesk::map
