#include "MeetingPackTables.h"

#include <QLocale>

namespace griddesk::map {

namespace {

ReportCell bold(const QString &text)
{
    return ReportCell { text, {}, true };
}

QString minutesText(int minutes)
{
    return MeetingPackTables::tr("%n min", nullptr, minutes);
}

QString casesText(const MeetingPack &pack, const QVector<qint64> &ids)
{
    return ids.isEmpty() ? QStringLiteral("—") : pack.caseNumbers(ids).join(QStringLiteral(", "));
}

// "2026-12-07 (5 working days)"
QString deadlineText(const MeetingTask &t)
{
    return MeetingPackTables::tr("%1 (%n working days)", nullptr, t.workingDays)
        .arg(MeetingPackTables::chinaTime(t.dueAt, QStringLiteral("yyyy-MM-dd")));
}

int itemNumber(const MeetingPack &pack, qint64 agendaItemId)
{
    for (int i = 0; agendaItemId != 0 && i < pack.items.size(); ++i)
        if (pack.items.at(i).item.id == agendaItemId)
            return i + 1;
    return 0;
}

} // namespace

QString MeetingPackTables::chinaTime(const QDateTime &utc, const QString &format)
{
    return utc.isValid() ? utc.toOffsetFromUtc(8 * 3600).toString(format) : QStringLiteral("—");
}

QString MeetingPackTables::itemTitle(const MeetingPack &pack, int index)
{
    const ItemFacts &f = pack.items.at(index);
    return f.title.isEmpty() ? f.item.title : f.title;
}

ReportTable MeetingPackTables::cover(const MeetingPack &pack)
{
    const Meeting &m = pack.meeting;
    QStringList departments;
    for (const QString &code : m.departments)
        departments << pack.departmentName(code);
    const QDateTime local = m.heldAt.toOffsetFromUtc(8 * 3600);
    ReportTable t;
    t.widths = { 38, 150 };
    t.padding = 2.0;
    t.rows = {
        { bold(tr("Meeting")), m.code },
        { bold(tr("Date")), QLocale().toString(local.date(), QLocale::LongFormat) },
        { bold(tr("Time")),
            tr("%1 to %2 (China time, %3)")
                .arg(chinaTime(m.heldAt, QStringLiteral("HH:mm")),
                    chinaTime(m.heldAt.addSecs(qint64(m.lengthMinutes) * 60), QStringLiteral("HH:mm")),
                    minutesText(m.lengthMinutes)) },
        { bold(tr("Place")), tr("%1 social governance centre").arg(pack.townshipName) },
        { bold(tr("Chair")), m.chair.isEmpty() ? QStringLiteral("—") : m.chair },
        { bold(tr("Attendees")), m.attendees.isEmpty() ? QStringLiteral("—") : m.attendees.join(tr(", ")) },
        { bold(tr("Departments")), departments.isEmpty() ? QStringLiteral("—") : departments.join(tr(", ")) },
        { bold(tr("Agenda")), tr("%n item(s)", nullptr, int(pack.items.size())) },
        { bold(tr("Printed")), tr("%1 (China time)").arg(chinaTime(pack.printedAt)) },
    };
    return t;
}

ReportTable MeetingPackTables::agenda(const MeetingPack &pack)
{
    ReportTable t;
    t.headers
        = QStringList { tr("No."), tr("Time"), tr("Item"), tr("Why it is on the agenda"), tr("Planned"), tr("Cases") };
    t.widths = { 12, 27, 70, 116, 20, 28 };
    QDateTime start = pack.meeting.heldAt;
    for (int i = 0; i < pack.items.size(); ++i) {
        const ItemFacts &f = pack.items.at(i);
        const QDateTime end = start.addSecs(qint64(f.item.plannedMinutes) * 60);
        t.rows << ReportRow { ReportCell { QString::number(i + 1), {}, false, Qt::AlignRight },
            QStringLiteral("%1–%2").arg(
                chinaTime(start, QStringLiteral("HH:mm")), chinaTime(end, QStringLiteral("HH:mm"))),
            bold(itemTitle(pack, i)), f.reason,
            ReportCell { minutesText(f.item.plannedMinutes), {}, false, Qt::AlignRight },
            ReportCell { QString::number(f.caseIds.size()), {}, false, Qt::AlignRight } };
        start = end;
    }
    return t;
}

QString MeetingPackTables::agendaTotal(const MeetingPack &pack, bool *overruns)
{
    int total = 0;
    for (const ItemFacts &f : pack.items)
        total += f.item.plannedMinutes;
    const int length = pack.meeting.lengthMinutes;
    if (overruns)
        *overruns = total > length;
    if (total > length)
        return tr("Planned in total: %1, which is %2 more than the meeting's %3.")
            .arg(minutesText(total), minutesText(total - length), minutesText(length));
    return tr("Planned in total: %1 of the meeting's %2.").arg(minutesText(total), minutesText(length));
}

ReportTable MeetingPackTables::decisions(const MeetingPack &pack)
{
    ReportTable t;
    t.headers = QStringList { tr("No."), tr("Decision"), tr("Owner"), tr("Deadline"), tr("Cases"), tr("On item") };
    t.widths = { 12, 105, 38, 50, 50, 18 };
    for (int i = 0; i < pack.decisions.size(); ++i) {
        const MeetingTask &d = pack.decisions.at(i);
        const int item = itemNumber(pack, d.agendaItemId);
        t.rows << ReportRow { ReportCell { QString::number(i + 1), {}, false, Qt::AlignRight }, d.decision,
            bold(pack.departmentName(d.ownerDepartment)), deadlineText(d), casesText(pack, d.caseIds),
            ReportCell { item > 0 ? QString::number(item) : QStringLiteral("—"), {}, false, Qt::AlignRight } };
    }
    return t;
}

ReportTable MeetingPackTables::earlierTasks(const MeetingPack &pack)
{
    ReportTable t;
    t.headers = QStringList { tr("Task"), tr("Decision"), tr("Owner"), tr("Decided"), tr("Deadline"), tr("State"),
        tr("Cases") };
    t.widths = { 26, 70, 30, 22, 46, 45, 34 };
    for (const MeetingPackTask &e : pack.earlierTasks) {
        const MeetingTask &task = e.task;
        QStringList state { dueStateName(e.due) };
        if (task.supervised && task.state == TaskState::Open)
            state << tr("supervised");
        if (task.escalations > 0)
            state << tr("escalated %n time(s)", nullptr, task.escalations);
        t.rows << ReportRow { task.code, task.decision, pack.departmentName(task.ownerDepartment),
            chinaTime(task.decidedAt, QStringLiteral("yyyy-MM-dd")), deadlineText(task),
            ReportCell { state.join(tr(", ")), dueStateColour(e.due), true }, casesText(pack, task.caseIds) };
    }
    return t;
}

ReportTable MeetingPackTables::minutes(const MeetingPack &pack)
{
    ReportTable t;
    t.widths = { ReportLayoutKit::kPageWidth - 2 * ReportLayoutKit::kMargin };
    t.plain = true;
    t.padding = 1.5;
    for (const QString &para : pack.meeting.minutes.split(QLatin1Char('\n')))
        if (!para.trimmed().isEmpty())
            t.rows << ReportRow { para.trimmed() };
    return t;
}

QString MeetingPackTables::dueStateName(DeadlineStatus s)
{
    switch (s) {
    case DeadlineStatus::Warning:
        return tr("Due soon");
    case DeadlineStatus::Overdue:
        return tr("Overdue");
    case DeadlineStatus::ClosedOnTime:
        return tr("Done");
    case DeadlineStatus::ClosedLate:
        return tr("Done late");
    case DeadlineStatus::None:
    case DeadlineStatus::OnTime:
        break;
    }
    return tr("Open");
}

QColor MeetingPackTables::dueStateColour(DeadlineStatus s)
{
    // As the case lists colour their time limits.
    switch (s) {
    case DeadlineStatus::Warning:
        return QColor(200, 100, 0);
    case DeadlineStatus::Overdue:
        return QColor(190, 20, 20);
    case DeadlineStatus::ClosedOnTime:
    case DeadlineStatus::ClosedLate:
        return QColor(120, 120, 120);
    case DeadlineStatus::None:
    case DeadlineStatus::OnTime:
        break;
    }
    return ReportLayoutKit::body();
}

} // namespace griddesk::map
