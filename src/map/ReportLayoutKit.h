#pragma once
// Builds the pages of a printed report on a QgsLayout, in millimetres: A4
// landscape pages, text labels, rules, pictures and text tables that keep
// their words as text in a PDF. Text is set in a Chinese face that Debian and
// Windows ship (Noto Sans CJK SC, else WenQuanYi or Microsoft YaHei).

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector>

class QgsLayout;
class QgsLayoutItemManualTable;

namespace griddesk::map {

// One cell of a report table.
struct ReportCell {
    ReportCell(
        const QString &text = {}, const QColor &colour = {}, bool bold = false, Qt::Alignment align = Qt::AlignLeft)
        : text(text)
        , colour(colour)
        , bold(bold)
        , align(align)
    {
    }
    QString text;
    QColor colour; // invalid: the body colour
    bool bold;
    Qt::Alignment align;
};
using ReportRow = QVector<ReportCell>;

struct ReportTable {
    QStringList headers; // empty: no heading row
    bool plain = false; // no rules, no banding: running text
    QList<double> widths; // mm, one per column, with the padding
    QVector<ReportRow> rows;
    double padding = 1.2; // mm around each cell's text
};

class ReportLayoutKit
{
public:
    static constexpr double kPageWidth = 297.0;
    static constexpr double kPageHeight = 210.0;
    static constexpr double kMargin = 12.0;

    explicit ReportLayoutKit(QgsLayout &layout);

    static QString fontFamily();
    static QFont font(double pointSize, bool bold = false);
    static QColor accent() { return QColor(0x1f, 0x4e, 0x79); }
    static QColor body() { return QColor(0x22, 0x22, 0x22); }
    static QColor muted() { return QColor(0x6b, 0x6b, 0x6b); }

    // Adds an A4 landscape page and returns its index.
    int addPage();
    void label(int page, const QRectF &mm, const QString &text, const QFont &font, const QColor &colour = body(),
        Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter);
    void rule(int page, const QRectF &mm, const QColor &colour = accent());
    void picture(int page, const QRectF &mm, const QString &path);
    // A table of text at `mm` (its height grows with its rows).
    QgsLayoutItemManualTable *table(int page, const QRectF &mm, const ReportTable &table, double pointSize = 9.0);

    // The rows of `table` split into parts of at most `firstMm` (the first)
    // and `nextMm` (the others, 0: the same) high with the heading, by each
    // row's height once its text wraps in its column.
    static QVector<QVector<ReportRow>> paginate(
        const ReportTable &table, double firstMm, double pointSize = 9.0, double nextMm = 0);
    static double rowHeight(const ReportTable &table, const ReportRow &row, double pointSize);
    // The height of the whole table with its heading, at least what QGIS
    // draws (the frame's size, which QGIS reports as the table's, may be more).
    static double tableHeight(const ReportTable &table, double pointSize);

private:
    void addFrame(QgsLayoutItemManualTable *table, int page, const QRectF &mm);

    QgsLayout &m_layout;
};

} // namespace griddesk::map
