#include "MeetingPackWriter.h"
#include "AssessmentPdfTables.h"
#include "AtomicFileWriter.h"
#include "ItemHighlightLayers.h"
#include "MeetingItemPage.h"
#include "MeetingPackTables.h"
#include "ReportPages.h"
#include "ReportPdfExport.h"

#include <algorithm>
#include <memory>
#include <vector>

#include <qgslayout.h>
#include <qgsproject.h>
#include <qgsprojectmetadata.h>

namespace griddesk::map {

namespace {

using Kit = ReportLayoutKit;
using Tables = MeetingPackTables;

void cover(ReportPages &pages, const MeetingPack &pack)
{
    Kit &kit = pages.kit();
    const int p = pages.barePage();
    kit.rule(p, { Kit::kMargin, 30, ReportPages::kContentWidth, 1.2 });
    kit.label(p, { Kit::kMargin, 38, ReportPages::kContentWidth, 16 }, MeetingPackWriter::title(pack),
        Kit::font(26, true), Kit::accent(), Qt::AlignHCenter | Qt::AlignVCenter);
    kit.label(p, { Kit::kMargin, 56, ReportPages::kContentWidth, 10 }, MeetingPackWriter::tr("Meeting pack"),
        Kit::font(16), Kit::body(), Qt::AlignHCenter | Qt::AlignVCenter);
    const ReportTable particulars = Tables::cover(pack);
    double w = 0;
    for (double c : particulars.widths)
        w += c;
    kit.table(p, { (Kit::kPageWidth - w) / 2, 76, w, 110 }, particulars, 11);
}

void agenda(ReportPages &pages, const MeetingPack &pack)
{
    const QString section = MeetingPackWriter::tr("Agenda");
    if (pack.items.isEmpty()) {
        const int p = pages.page(section);
        pages.kit().label(p, { Kit::kMargin, ReportPages::kContentTop, ReportPages::kContentWidth, 8 },
            MeetingPackWriter::tr("The agenda has no items."), Kit::font(10));
        return;
    }
    bool overruns = false;
    const QString total = Tables::agendaTotal(pack, &overruns);
    pages.flowingTable({}, section, Tables::agenda(pack), 9.5, total, Kit::font(10, true),
        overruns ? QColor(190, 20, 20) : Kit::body());
}

void kpis(ReportPages &pages, const MeetingPack &pack)
{
    const AssessmentReport &r = pack.kpis;
    if (r.subject.code.isEmpty())
        return;
    const int p = pages.page(MeetingPackWriter::tr("Key figures of %1 · %2").arg(r.subject.name, r.period.label()));
    ReportTable summary = AssessmentPdfTables::summary(r);
    double w = 0;
    for (double c : summary.widths)
        w += c;
    for (double &c : summary.widths)
        c *= ReportPages::kContentWidth / w;
    pages.kit().table(p, { Kit::kMargin, ReportPages::kContentTop, ReportPages::kContentWidth, 140 }, summary, 9.5);
    const double under = ReportPages::kContentTop + std::min(140.0, Kit::tableHeight(summary, 9.5)) + 2;
    pages.kit().label(p, { Kit::kMargin, under, ReportPages::kContentWidth, 8 },
        MeetingPackWriter::tr("Compared with %1 and with %2; figures as of %3 (China time).")
            .arg(r.previous.label(), r.lastYear.label(), Tables::chinaTime(r.asOf)),
        Kit::font(7.5), Kit::muted(), Qt::AlignLeft | Qt::AlignTop);
}

// The decisions, then the earlier tasks on the same page when they fit.
void tasks(ReportPages &pages, const MeetingPack &pack)
{
    Kit &kit = pages.kit();
    const auto empty = [&](ReportPages::Cursor at, const QString &section, const QString &text) {
        const int p = at.page >= 0 ? at.page : pages.page(section);
        double y = ReportPages::kContentTop;
        if (at.page >= 0) {
            kit.label(p, { Kit::kMargin, at.y + 1, ReportPages::kContentWidth, 7 }, section, Kit::font(11, true),
                Kit::accent());
            y = at.y + 9;
        }
        kit.label(p, { Kit::kMargin, y, ReportPages::kContentWidth, 8 }, text, Kit::font(10));
        return ReportPages::Cursor { p, y + 14 };
    };
    ReportPages::Cursor at;
    const QString decisions = MeetingPackWriter::tr("Decisions of this meeting");
    at = pack.decisions.isEmpty()
        ? empty(at, decisions, MeetingPackWriter::tr("No decisions were recorded."))
        : pages.flowingTable(at, decisions, Tables::decisions(pack), 9.5,
            MeetingPackWriter::tr("Deadlines count working days on the working-day calendar, from the meeting."));
    const QString earlier = MeetingPackWriter::tr("Tasks of earlier meetings");
    if (pack.earlierTasks.isEmpty())
        empty(at, earlier, MeetingPackWriter::tr("No tasks of earlier meetings."));
    else
        pages.flowingTable(at, earlier, Tables::earlierTasks(pack), 9,
            MeetingPackWriter::tr("As of %1 (China time).").arg(Tables::chinaTime(pack.printedAt)));
}

void minutes(ReportPages &pages, const MeetingPack &pack)
{
    const QString section = MeetingPackWriter::tr("Minutes");
    const ReportTable t = Tables::minutes(pack);
    if (t.rows.isEmpty()) {
        const int p = pages.page(section);
        pages.kit().label(p, { Kit::kMargin, ReportPages::kContentTop, ReportPages::kContentWidth, 8 },
            MeetingPackWriter::tr("No minutes were recorded."), Kit::font(10));
        return;
    }
    pages.flowingTable({}, section, t, 10.5);
}

} // namespace

QString MeetingPackWriter::title(const MeetingPack &pack)
{
    return tr("%1 weekly joint meeting").arg(pack.townshipName);
}

QString MeetingPackWriter::pageNumber(int page, int pages)
{
    return tr("Page %1 of %2").arg(page).arg(pages);
}

bool MeetingPackWriter::write(const MeetingPack &pack, ConsoleLayers *layers, const QString &path, QString *error)
{
    if (!AtomicFileWriter::canWrite(path, error))
        return false;
    const QString date = Tables::chinaTime(pack.meeting.heldAt, QStringLiteral("yyyy-MM-dd"));
    QgsProject project; // the layout's home; the map's layers stay the console's
    QgsProjectMetadata metadata;
    metadata.setTitle(title(pack) + QStringLiteral(" · ") + date);
    metadata.setAuthor(QStringLiteral("GridDesk"));
    project.setMetadata(metadata);
    QgsLayout layout(&project);
    ReportPages pages(layout, title(pack),
        tr("%1 · %2 (China time) · chaired by %3")
            .arg(pack.meeting.code, Tables::chinaTime(pack.meeting.heldAt),
                pack.meeting.chair.isEmpty() ? QStringLiteral("—") : pack.meeting.chair));

    cover(pages, pack);
    agenda(pages, pack);
    std::vector<std::unique_ptr<ItemHighlightLayers>> highlights; // drawn at the export
    for (int i = 0; i < pack.items.size(); ++i) {
        if (layers)
            highlights.push_back(std::make_unique<ItemHighlightLayers>(*layers));
        MeetingItemPage::add(pages, layout, pack, i, layers, layers ? highlights.back().get() : nullptr);
    }
    kpis(pages, pack);
    tasks(pages, pack);
    minutes(pages, pack);
    pages.footers(
        tr("GridDesk · %1 · meeting of %2 · printed %3").arg(title(pack), date, Tables::chinaTime(pack.printedAt)),
        tr("Page %1 of %2"));
    return ReportPdfExport::write(layout, path, error);
}

} // namespace griddesk::map
