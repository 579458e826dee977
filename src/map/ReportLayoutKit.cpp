#include "ReportLayoutKit.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QImage>

#include <qgsfillsymbol.h>
#include <qgslayout.h>
#include <qgslayoutframe.h>
#include <qgslayoutitemmanualtable.h>
#include <qgslayoutitempage.h>
#include <qgslayoutitempicture.h>
#include <qgslayoutitemshape.h>
#include <qgslayoutpagecollection.h>
#include <qgslayouttablecolumn.h>
#include <qgstablecell.h>
#include <qgstextformat.h>

#include <cmath>

namespace griddesk::map {

namespace {

// Text is measured at 72 dpi, where a pixel is a point.
QFontMetricsF metrics(const QFont &font)
{
    static QImage device = [] {
        QImage i(1, 1, QImage::Format_ARGB32);
        i.setDotsPerMeterX(qRound(72.0 / 0.0254));
        i.setDotsPerMeterY(qRound(72.0 / 0.0254));
        return i;
    }();
    return QFontMetricsF(font, &device);
}

double widthMm(const QString &text, const QFont &font)
{
    return metrics(font).horizontalAdvance(text) * 25.4 / 72.0;
}

// Line breaks so that `text` fits `width` mm: at a space when the line has
// one (Latin words stay whole), else between any two characters, as Chinese
// text is set. QGIS itself breaks only at spaces.
QString wrapped(const QString &text, const QFont &font, double width)
{
    QStringList out;
    for (const QString &para : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QChar ch : para) {
            // Closing punctuation never starts a line; it stays in the slack.
            static const QString noLineStart = QStringLiteral("，。、；：？！）」』》〉%,.;:?!)");
            if (!line.isEmpty() && !noLineStart.contains(ch) && widthMm(line + ch, font) > width * 0.97) {
                const int space = line.lastIndexOf(QLatin1Char(' '));
                if (space > line.size() / 2 && !ch.isSpace()) {
                    out << line.left(space);
                    line = line.mid(space + 1);
                } else {
                    out << line;
                    line.clear();
                }
                if (ch.isSpace())
                    continue;
            }
            line += ch;
        }
        out << line;
    }
    return out.join(QLatin1Char('\n'));
}

QgsTextFormat textFormat(const QFont &font, const QColor &colour)
{
    QgsTextFormat f = QgsTextFormat::fromQFont(font);
    f.setSize(font.pointSizeF());
    f.setSizeUnit(QgsUnitTypes::RenderPoints);
    f.setColor(colour);
    return f;
}
} // namespace

ReportLayoutKit::ReportLayoutKit(QgsLayout &layout)
    : m_layout(layout)
{
}

QString ReportLayoutKit::fontFamily()
{
    static const QString family = [] {
        const QStringList installed = QFontDatabase().families();
        // WenQuanYi Micro Hei first: Noto Sans CJK draws the Kangxi radicals
        // with the ideographs' glyphs, so Qt's PDF text layer would read
        // "生" as "⽣" and the report could not be searched.
        for (const QString &f : { QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Microsoft YaHei"),
                 QStringLiteral("Noto Sans CJK SC"), QStringLiteral("SimHei") })
            if (installed.contains(f))
                return f;
        return QFont().family();
    }();
    return family;
}

QFont ReportLayoutKit::font(double pointSize, bool bold)
{
    QFont f(fontFamily());
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

int ReportLayoutKit::addPage()
{
    auto *page = new QgsLayoutItemPage(&m_layout);
    page->setPageSize(QgsLayoutSize(kPageWidth, kPageHeight));
    m_layout.pageCollection()->addPage(page);
    return m_layout.pageCollection()->pageCount() - 1;
}

// Text is a one-cell table: QgsLayoutItemLabel's header needs QtWebKit
// headers that Debian's QGIS does not ship, and a table keeps text as text.
void ReportLayoutKit::label(
    int page, const QRectF &mm, const QString &text, const QFont &font, const QColor &colour, Qt::Alignment align)
{
    auto *table = new QgsLayoutItemManualTable(&m_layout);
    m_layout.addMultiFrame(table);
    table->setCellMargin(0);
    table->setWrapBehavior(QgsLayoutTable::WrapText);
    table->setShowGrid(false);
    table->setBackgroundColor(Qt::transparent);
    table->setIncludeTableHeader(false);
    table->setContentTextFormat(textFormat(font, colour));
    QgsLayoutTableColumn column;
    column.setWidth(mm.width());
    table->setHeaders({ column });
    table->setColumnWidths({ mm.width() });
    QgsTableCell cell(wrapped(text, font, mm.width()));
    cell.setTextFormat(textFormat(font, colour));
    cell.setHorizontalAlignment(align & Qt::AlignHorizontal_Mask);
    cell.setVerticalAlignment(align & Qt::AlignVertical_Mask);
    table->setTableContents({ { cell } });
    // The frame is a little taller than the row, or the row would not fit and not show.
    table->setRowHeights({ mm.height() });
    addFrame(table, page, mm.adjusted(0, 0, 0, 1));
}

void ReportLayoutKit::rule(int page, const QRectF &mm, const QColor &colour)
{
    auto *shape = new QgsLayoutItemShape(&m_layout);
    shape->setShapeType(QgsLayoutItemShape::Rectangle);
    shape->setSymbol(QgsFillSymbol::createSimple(
        { { QStringLiteral("color"), colour.name() }, { QStringLiteral("outline_style"), QStringLiteral("no") } }));
    m_layout.addLayoutItem(shape);
    shape->attemptResize(QgsLayoutSize(mm.width(), mm.height()));
    shape->attemptMove(QgsLayoutPoint(mm.x(), mm.y()), true, false, page);
}

void ReportLayoutKit::picture(int page, const QRectF &mm, const QString &path)
{
    auto *p = new QgsLayoutItemPicture(&m_layout);
    p->setPicturePath(path);
    p->setResizeMode(QgsLayoutItemPicture::Zoom);
    m_layout.addLayoutItem(p);
    p->attemptResize(QgsLayoutSize(mm.width(), mm.height()));
    p->attemptMove(QgsLayoutPoint(mm.x(), mm.y()), true, false, page);
}

QgsLayoutItemManualTable *ReportLayoutKit::table(int page, const QRectF &mm, const ReportTable &t, double pointSize)
{
    auto *table = new QgsLayoutItemManualTable(&m_layout);
    m_layout.addMultiFrame(table);
    table->setCellMargin(t.padding);
    table->setWrapBehavior(QgsLayoutTable::WrapText);
    table->setGridStrokeWidth(0.15);
    table->setGridColor(QColor(0xc8, 0xcf, 0xd8));
    table->setShowGrid(!t.plain);
    table->setHorizontalGrid(!t.plain);
    table->setVerticalGrid(false);
    table->setContentTextFormat(textFormat(font(pointSize), body()));

    // QGIS adds the cell margins to a column's width; the widths given are the outer ones.
    QList<double> inner;
    for (double w : t.widths)
        inner << w - 2 * t.padding;
    QgsLayoutTableColumns columns;
    for (double w : inner) {
        QgsLayoutTableColumn c;
        c.setWidth(w);
        columns << c;
    }
    table->setHeaders(columns);
    table->setColumnWidths(inner);
    // The heading is the first row, so that each heading sits over its
    // figures (a manual table aligns all headings alike).
    table->setIncludeTableHeader(false);
    ReportRow heading;
    for (int i = 0; i < t.headers.size(); ++i)
        heading << ReportCell { t.headers.at(i), accent(), true,
            t.rows.isEmpty() ? Qt::AlignLeft : t.rows.first().value(i).align };
    QgsTableContents contents;
    const bool headed = !t.headers.isEmpty();
    int index = headed ? 0 : 1;
    for (const ReportRow &row : headed ? QVector<ReportRow> { heading } + t.rows : t.rows) {
        const QColor background = t.plain ? QColor(Qt::transparent)
            : index == 0                  ? QColor(0xe8, 0xee, 0xf5)
            : index % 2                   ? Qt::white
                                          : QColor(0xf7, 0xf9, 0xfb);
        QgsTableRow cells;
        for (int i = 0; i < row.size(); ++i) {
            const ReportCell &c = row.at(i);
            QgsTableCell cell(wrapped(c.text, font(pointSize, c.bold), inner.value(i)));
            cell.setTextFormat(textFormat(font(pointSize, c.bold), c.colour.isValid() ? c.colour : body()));
            cell.setHorizontalAlignment(c.align);
            cell.setVerticalAlignment(Qt::AlignVCenter);
            cell.setBackgroundColor(background);
            cells << cell;
        }
        contents << cells;
        ++index;
    }
    table->setTableContents(contents);

    addFrame(table, page, mm);
    return table;
}

void ReportLayoutKit::addFrame(QgsLayoutItemManualTable *table, int page, const QRectF &mm)
{
    auto *frame = new QgsLayoutFrame(&m_layout, table);
    frame->attemptResize(QgsLayoutSize(mm.width(), mm.height()));
    frame->attemptMove(QgsLayoutPoint(mm.x(), mm.y()), true, false, page);
    frame->setBackgroundEnabled(false);
    frame->setFrameEnabled(false);
    table->addFrame(frame);
    table->setResizeMode(QgsLayoutMultiFrame::UseExistingFrames);
    table->recalculateFrameSizes();
}

double ReportLayoutKit::rowHeight(const ReportTable &table, const ReportRow &row, double pointSize)
{
    int lines = 1;
    for (int i = 0; i < row.size(); ++i) {
        const double inner = table.widths.value(i) - 2 * table.padding;
        if (inner <= 0)
            continue;
        const QString text = wrapped(row.at(i).text, font(pointSize, row.at(i).bold), inner);
        lines = std::max(lines, int(text.count(QLatin1Char('\n'))) + 1);
    }
    // A little more than QGIS 3.22 gives a cell (about 0.8 of the point size
    // a line, measured on its PDFs), so that a page's rows always fit its frame.
    const double lineMm = pointSize * 25.4 / 72.0;
    return lines * lineMm + 2 * table.padding + 0.3;
}

namespace {
ReportRow headingRow(const ReportTable &table)
{
    ReportRow row;
    for (const QString &h : table.headers)
        row << ReportCell { h, {}, true };
    return row;
}
} // namespace

double ReportLayoutKit::tableHeight(const ReportTable &table, double pointSize)
{
    double height = table.headers.isEmpty() ? 0 : rowHeight(table, headingRow(table), pointSize);
    for (const ReportRow &row : table.rows)
        height += rowHeight(table, row, pointSize);
    return height;
}

QVector<QVector<ReportRow>> ReportLayoutKit::paginate(
    const ReportTable &table, double firstMm, double pointSize, double nextMm)
{
    const double heading = table.headers.isEmpty() ? 0 : rowHeight(table, headingRow(table), pointSize);
    double available = firstMm - heading;
    QVector<QVector<ReportRow>> pages(1);
    double used = 0;
    for (const ReportRow &row : table.rows) {
        const double h = rowHeight(table, row, pointSize);
        // A row taller than a whole part still gets one of its own.
        if (!pages.last().isEmpty() && used + h > available) {
            pages.append(QVector<ReportRow>());
            available = (nextMm > 0 ? nextMm : firstMm) - heading;
            used = 0;
        }
        pages.last() << row;
        used += h;
    }
    return pages;
}

} // namespace griddesk::map
