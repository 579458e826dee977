#include "AssessmentPdfWriter.h"
#include "AssessmentPdfTables.h"
#include "AtomicFileWriter.h"
#include "ReportLayoutKit.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

#include <qgsapplication.h>
#include <qgscoordinatetransform.h>
#include <qgslayertree.h>
#include <qgslayout.h>
#include <qgslayoutexporter.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmanualtable.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempicture.h>
#include <qgslayoutitemscalebar.h>
#include <qgsmaplayer.h>
#include <qgsproject.h>
#include <qgsprojectmetadata.h>
#include <qgstextformat.h>

namespace griddesk::map {

namespace {

using Kit = ReportLayoutKit;
constexpr double kContentWidth = Kit::kPageWidth - 2 * Kit::kMargin;
constexpr double kContentTop = 40.0;
constexpr double kContentBottom = 194.0;

QString cst(const QDateTime &t)
{
    return t.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

class ReportPages
{
public:
    ReportPages(QgsLayout &layout, const AssessmentReport &report)
        : m_kit(layout)
        , m_report(report)
    {
    }

    Kit &kit() { return m_kit; }

    // A page with the report's heading and a section caption.
    int page(const QString &section)
    {
        const int p = m_kit.addPage();
        m_kit.label(p, { Kit::kMargin, 9, kContentWidth, 10 }, AssessmentPdfWriter::title(m_report),
            Kit::font(17, true), Kit::accent());
        const QString sub = AssessmentPdfWriter::tr("%1 · compared with %2 and with %3 · figures as of %4 (China time)")
                                .arg(m_report.period.label(), m_report.previous.label(), m_report.lastYear.label(),
                                    cst(m_report.asOf));
        m_kit.label(p, { Kit::kMargin, 19.5, kContentWidth, 6 }, sub, Kit::font(9), Kit::muted());
        m_kit.rule(p, { Kit::kMargin, 27, kContentWidth, 0.6 });
        m_kit.label(p, { Kit::kMargin, 31, kContentWidth, 7 }, section, Kit::font(11, true), Kit::accent());
        m_pages << p;
        return p;
    }

    // Page numbers and the unit in each page's foot, once all pages exist.
    void footers()
    {
        for (int i = 0; i < m_pages.size(); ++i) {
            const QString left = AssessmentPdfWriter::tr("GridDesk joint performance assessment · %1 (%2)")
                                     .arg(m_report.subject.name, m_report.subject.code);
            m_kit.label(
                m_pages.at(i), { Kit::kMargin, 200, kContentWidth * 0.7, 5 }, left, Kit::font(7.5), Kit::muted());
            m_kit.label(m_pages.at(i), { Kit::kMargin + kContentWidth * 0.7, 200, kContentWidth * 0.3, 5 },
                AssessmentPdfWriter::tr("Page %1 of %2").arg(i + 1).arg(m_pages.size()), Kit::font(7.5), Kit::muted(),
                Qt::AlignRight | Qt::AlignVCenter);
        }
    }

    // Where the next section may start: a page and a height on it.
    struct Cursor {
        int page = -1;
        double y = 0;
    };

    // A captioned table from `at` on (or on a new page when too little room
    // is left there), over as many pages as its rows need; the note goes
    // under the table's last part. Returns where the table ended.
    Cursor flowingTable(
        Cursor at, const QString &section, const ReportTable &table, double pointSize, const QString &note = {})
    {
        const double noteRoom = note.isEmpty() ? 0 : 7;
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
                m_kit.label(end.page, { Kit::kMargin, at.y + 1, kContentWidth, 7 }, section, Kit::font(11, true),
                    Kit::accent());
                top = firstTop;
            } else {
                end.page = page(i == 0 ? section : AssessmentPdfWriter::tr("%1 (continued)").arg(section));
            }
            ReportTable part = table;
            part.rows = chunks.at(i);
            const QgsLayoutItemManualTable *placed
                = m_kit.table(end.page, { Kit::kMargin, top, kContentWidth, kContentBottom - top }, part, pointSize);
            end.y = top + std::min(placed->totalSize().height(), kContentBottom - top); // as QGIS set it
            if (!note.isEmpty()) {
                m_kit.label(
                    end.page, { Kit::kMargin, end.y + 1.5, kContentWidth, 5 }, note, Kit::font(7.5), Kit::muted());
                end.y += 6.5;
            }
        }
        end.y += 6;
        return end;
    }

private:
    Kit m_kit;
    const AssessmentReport &m_report;
    QVector<int> m_pages;
};

void addMap(QgsLayout &layout, int page, const AssessmentPdfMap &map, const QRectF &mm, const QRectF &legendMm)
{
    QgsMapLayer *top = map.layers.first();
    const QgsCoordinateReferenceSystem crs = map.crs.isValid() ? map.crs : top->crs();
    QgsRectangle extent = map.extent;
    if (extent.isEmpty()) {
        const QgsCoordinateTransform toMap(top->crs(), crs, QgsProject::instance()->transformContext());
        try {
            extent = toMap.transformBoundingBox(top->extent());
        } catch (const QgsCsException &) {
            extent = top->extent();
        }
        extent.scale(1.06);
    }
    auto *item = new QgsLayoutItemMap(&layout);
    layout.addLayoutItem(item);
    item->attemptResize(QgsLayoutSize(mm.width(), mm.height()));
    item->attemptMove(QgsLayoutPoint(mm.x(), mm.y()), true, false, page);
    item->setCrs(crs);
    item->setLayers(map.layers);
    item->setKeepLayerSet(true);
    item->zoomToExtent(extent);
    item->setFrameEnabled(true);
    item->setFrameStrokeColor(QColor(0xc8, 0xcf, 0xd8));
    item->setFrameStrokeWidth(QgsLayoutMeasurement(0.3));

    auto *north = new QgsLayoutItemPicture(&layout);
    north->setPicturePath(QgsApplication::pkgDataPath() + QStringLiteral("/svg/arrows/NorthArrow_02.svg"));
    north->setLinkedMap(item);
    north->setNorthMode(QgsLayoutItemPicture::GridNorth);
    layout.addLayoutItem(north);
    north->attemptResize(QgsLayoutSize(9, 13));
    north->attemptMove(QgsLayoutPoint(mm.right() - 12, mm.y() + 3), true, false, page);

    auto *scale = new QgsLayoutItemScaleBar(&layout);
    layout.addLayoutItem(scale);
    scale->setLinkedMap(item);
    scale->applyDefaultSize(QgsUnitTypes::DistanceKilometers);
    scale->setStyle(QStringLiteral("Single Box"));
    scale->setUnits(QgsUnitTypes::DistanceKilometers);
    scale->setUnitLabel(AssessmentPdfWriter::tr("km"));
    scale->setNumberOfSegmentsLeft(0);
    scale->setNumberOfSegments(2);
    scale->setSegmentSizeMode(QgsScaleBarSettings::SegmentSizeFitWidth);
    scale->setMinimumBarWidth(18);
    scale->setMaximumBarWidth(32);
    scale->setHeight(1.8);
    QgsTextFormat text = QgsTextFormat::fromQFont(Kit::font(7));
    text.setSize(7);
    text.setSizeUnit(QgsUnitTypes::RenderPoints);
    scale->setTextFormat(text);
    scale->setBackgroundEnabled(true);
    scale->setBackgroundColor(QColor(255, 255, 255, 210));
    scale->resizeToMinimumWidth();
    scale->attemptMove(QgsLayoutPoint(mm.x() + 3, mm.bottom() - 12), true, false, page);

    auto *legend = new QgsLayoutItemLegend(&layout);
    layout.addLayoutItem(legend);
    legend->setLinkedMap(item);
    legend->setAutoUpdateModel(false);
    QgsLayerTree *root = legend->model()->rootGroup();
    root->removeAllChildren();
    root->addLayer(top);
    legend->setTitle(QString());
    for (QgsLegendStyle::Style s : { QgsLegendStyle::Title, QgsLegendStyle::Group, QgsLegendStyle::Subgroup })
        legend->setStyleFont(s, Kit::font(8.5, true));
    legend->setStyleFont(QgsLegendStyle::SymbolLabel, Kit::font(8));
    legend->setColumnCount(2);
    legend->setSplitLayer(true); // the classes of the one layer go in both columns
    legend->setSymbolWidth(6);
    legend->setSymbolHeight(3.5);
    legend->setBackgroundEnabled(false);
    legend->setFrameEnabled(false);
    legend->setResizeToContents(true);
    legend->adjustBoxSize();
    legend->attemptMove(QgsLayoutPoint(legendMm.x(), legendMm.y()), true, false, page);
}

} // namespace

QString AssessmentPdfWriter::title(const AssessmentReport &report)
{
    return tr("%1 performance assessment report").arg(report.subject.name);
}

bool AssessmentPdfWriter::write(const AssessmentReport &report, const AssessmentPdfMap &map,
    const QVector<AssessmentPdfChart> &charts, const QString &path, QString *error)
{
    if (!AtomicFileWriter::canWrite(path, error))
        return false;
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), scratch.errorString());
        return false;
    }
    QgsProject project; // the layout's home; the map's layers stay the caller's
    QgsProjectMetadata metadata;
    metadata.setTitle(title(report) + QStringLiteral(" · ") + report.period.label());
    metadata.setAuthor(QStringLiteral("GridDesk"));
    project.setMetadata(metadata);
    QgsLayout layout(&project);
    ReportPages pages(layout, report);
    Kit &kit = pages.kit();

    // 1: the unit's KPIs beside the map.
    const int first = pages.page(tr("Key figures of %1").arg(report.subject.name));
    const bool withMap = !map.layers.isEmpty() && map.layers.first();
    const double tableWidth = withMap ? 166.0 : kContentWidth;
    ReportTable summary = AssessmentPdfTables::summary(report);
    if (!withMap)
        for (double &w : summary.widths)
            w *= kContentWidth / 166.0;
    kit.table(first, { Kit::kMargin, kContentTop, tableWidth, 140 }, summary, 9.5);
    kit.label(first, { Kit::kMargin, kContentBottom - 12, tableWidth, 12 },
        tr("Changes are against the previous period and the same period last year, in percentage points for "
           "rates. * Too few cases: a figure resting on fewer than %1 cases is shown but not ranked.")
            .arg(report.settings.minCases),
        Kit::font(7.5), Kit::muted(), Qt::AlignLeft | Qt::AlignTop);
    if (withMap) {
        const double x = Kit::kMargin + tableWidth + 7;
        const double w = Kit::kPageWidth - Kit::kMargin - x;
        kit.label(first, { x, 31, w, 7 }, map.title, Kit::font(11, true), Kit::accent());
        addMap(layout, first, map, { x, kContentTop, w, 116 }, { x, kContentTop + 119, w, 34 });
    }

    // 2: the dock's charts, four to a page.
    QVector<AssessmentPdfChart> shown;
    for (const AssessmentPdfChart &c : charts)
        if (!c.image.isNull())
            shown << c;
    int page = -1;
    for (int i = 0; i < shown.size(); ++i) {
        if (i % 4 == 0)
            page = pages.page(i == 0 ? tr("Charts") : tr("%1 (continued)").arg(tr("Charts")));
        const double w = (kContentWidth - 8) / 2, h = (kContentBottom - kContentTop - 4) / 2;
        const double x = Kit::kMargin + (i % 2) * (w + 8), y = kContentTop - 2 + ((i % 4) / 2) * (h + 4);
        const QString file = scratch.filePath(QStringLiteral("chart-%1.png").arg(i));
        if (!shown.at(i).image.save(file, "PNG")) {
            if (error)
                *error
                    = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), tr("a chart could not be saved"));
            return false;
        }
        kit.label(page, { x, y, w, 6 }, shown.at(i).title, Kit::font(9.5, true), Kit::body());
        kit.picture(page, { x, y + 6.5, w, h - 6.5 }, file);
    }

    // 3: the units under it and the warnings (on one page when they fit), the definitions.
    ReportPages::Cursor at;
    const ReportTable units = AssessmentPdfTables::units(report);
    if (!units.rows.isEmpty())
        at = pages.flowingTable(at, tr("Units of %1").arg(report.subject.name), units, 9,
            tr("* Too few cases (fewer than %1): shown, not ranked.").arg(report.settings.minCases));
    const ReportTable warnings = AssessmentPdfTables::warnings(report);
    if (warnings.rows.isEmpty()) {
        const int p = at.page >= 0 ? at.page : pages.page(tr("Early warnings"));
        const double y = at.page >= 0 ? at.y : kContentTop;
        if (at.page >= 0)
            kit.label(
                p, { Kit::kMargin, y + 1, kContentWidth, 7 }, tr("Early warnings"), Kit::font(11, true), Kit::accent());
        kit.label(p, { Kit::kMargin, at.page >= 0 ? y + 9 : y, kContentWidth, 8 },
            tr("No early warnings in this period."), Kit::font(10), Kit::body());
    } else {
        pages.flowingTable(at, tr("Early warnings"), warnings, 9);
    }
    pages.flowingTable({}, tr("KPI definitions"), AssessmentPdfTables::definitions(), 8);
    pages.footers();

    QgsLayoutExporter exporter(&layout);
    QgsLayoutExporter::PdfExportSettings settings;
    settings.dpi = 300;
    settings.forceVectorOutput = true;
    settings.appendGeoreference = false;
    settings.textRenderFormat = Qgis::TextRenderFormat::AlwaysText; // searchable, copyable text
    const QString rendered = scratch.filePath(QStringLiteral("report.pdf"));
    if (exporter.exportToPdf(rendered, settings) != QgsLayoutExporter::Success) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), tr("the PDF could not be rendered"));
        return false;
    }
    QFile pdf(rendered);
    if (!pdf.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), pdf.errorString());
        return false;
    }
    return AtomicFileWriter::write(path, pdf.readAll(), error);
}

} // namespace griddesk::map
