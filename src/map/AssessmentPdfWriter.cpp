#include "AssessmentPdfWriter.h"
#include "AssessmentPdfTables.h"
#include "AtomicFileWriter.h"
#include "ReportLayoutKit.h"
#include "ReportMapFrame.h"
#include "ReportPages.h"
#include "ReportPdfExport.h"

#include <QTemporaryDir>

#include <qgslayout.h>
#include <qgslayoutitemmanualtable.h>
#include <qgsproject.h>
#include <qgsprojectmetadata.h>

namespace griddesk::map {

namespace {

using Kit = ReportLayoutKit;
constexpr double kContentWidth = ReportPages::kContentWidth;
constexpr double kContentTop = ReportPages::kContentTop;
constexpr double kContentBottom = ReportPages::kContentBottom;

QString cst(const QDateTime &t)
{
    return t.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
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
            *error = ReportPdfExport::failure(path, scratch.errorString());
        return false;
    }
    QgsProject project; // the layout's home; the map's layers stay the caller's
    QgsProjectMetadata metadata;
    metadata.setTitle(title(report) + QStringLiteral(" · ") + report.period.label());
    metadata.setAuthor(QStringLiteral("GridDesk"));
    project.setMetadata(metadata);
    QgsLayout layout(&project);
    ReportPages pages(layout, title(report),
        tr("%1 · compared with %2 and with %3 · figures as of %4 (China time)")
            .arg(report.period.label(), report.previous.label(), report.lastYear.label(), cst(report.asOf)));
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
        ReportMapSpec spec;
        spec.layers = map.layers;
        spec.crs = map.crs;
        spec.extent = map.extent;
        ReportMapFrame::add(layout, first, spec, { x, kContentTop, w, 116 }, { x, kContentTop + 119, w, 34 });
    }

    // 2: the dock's charts, four to a page.
    QVector<AssessmentPdfChart> shown;
    for (const AssessmentPdfChart &c : charts)
        if (!c.image.isNull())
            shown << c;
    int page = -1;
    for (int i = 0; i < shown.size(); ++i) {
        if (i % 4 == 0)
            page = pages.page(i == 0 ? tr("Charts") : ReportPages::tr("%1 (continued)").arg(tr("Charts")));
        const double w = (kContentWidth - 8) / 2, h = (kContentBottom - kContentTop - 4) / 2;
        const double x = Kit::kMargin + (i % 2) * (w + 8), y = kContentTop - 2 + ((i % 4) / 2) * (h + 4);
        const QString file = scratch.filePath(QStringLiteral("chart-%1.png").arg(i));
        if (!shown.at(i).image.save(file, "PNG")) {
            if (error)
                *error = ReportPdfExport::failure(path, tr("a chart could not be saved"));
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
    pages.footers(tr("GridDesk joint performance assessment · %1 (%2)").arg(report.subject.name, report.subject.code),
        tr("Page %1 of %2"));
    return ReportPdfExport::write(layout, path, error);
}

} // namespace griddesk::map
