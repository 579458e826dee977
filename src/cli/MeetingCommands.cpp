#include "MeetingCommands.h"
#include "CliCommand.h"
#include "DeadlineStatus.h"
#include "MeetingAgenda.h"
#include "Store.h"
#include "StoreError.h"
#include "StoreLocation.h"
#include "TaskClock.h"

namespace griddesk::cli {

namespace {

const char kMeetingUsage[] =
    "usage: griddesk-admin meeting new [--at ISO-TIME] [--township CODE] [--length MINUTES] [--chair NAME] [--db LOCATION]\n"
    "       griddesk-admin meeting list [--db LOCATION]\n"
    "       griddesk-admin meeting agenda CODE [--db LOCATION]\n"
    "       griddesk-admin task list [--open] [--db LOCATION]\n"
    "meeting new stores a meeting with its agenda built from the data (as the console builds it);\n"
    "--at defaults to the next full hour, --township to the database's first township.\n"
    "--db takes a .gpkg path or pg:CONNINFO.";

QString when(const QDateTime &t)
{
    return t.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

void printAgenda(const Meeting &m, const AgendaNames &names)
{
    out() << m.code << "\t" << when(m.heldAt) << "\t" << m.lengthMinutes << " min\t" << m.chair << "\n";
    for (int i = 0; i < m.agenda.size(); ++i) {
        const AgendaItem &a = m.agenda.at(i);
        out() << (i + 1) << "\t" << agendakind::code(a.kind) << "\t" << a.plannedMinutes << "\t"
              << AgendaText::title(a, names) << "\t" << AgendaText::reason(a, names) << "\n";
    }
    out() << QStringLiteral("%1 items, %2 of %3 minutes planned\n").arg(m.agenda.size()).arg(m.plannedMinutes()).arg(m.lengthMinutes);
}

int newMeeting(const QStringList &args)
{
    const QString usage = QString::fromLatin1(kMeetingUsage);
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("new"), QStringLiteral("new"));
    addDbOption(p);
    p.addOption({QStringLiteral("at"), QStringLiteral("start, ISO 8601 (China time unless it names a zone)"), QStringLiteral("time")});
    p.addOption({QStringLiteral("township"), QStringLiteral("township code"), QStringLiteral("code")});
    p.addOption({QStringLiteral("length"), QStringLiteral("minutes"), QStringLiteral("minutes"), QStringLiteral("60")});
    p.addOption({QStringLiteral("chair"), QStringLiteral("who chairs"), QStringLiteral("name")});
    if (!parseOrExplain(p, args, usage))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    QDateTime at;
    if (p.isSet(QStringLiteral("at"))) {
        at = QDateTime::fromString(p.value(QStringLiteral("at")), Qt::ISODate);
        if (!at.isValid()) {
            err() << "griddesk-admin: --at: \"" << p.value(QStringLiteral("at")) << "\" is not a date and time like 2026-12-07T09:00\n";
            return Usage;
        }
        if (at.timeSpec() == Qt::LocalTime)
            at = QDateTime(at.date(), at.time(), Qt::OffsetFromUTC, 8 * 3600);
        at = at.toUTC();
    } else {
        at = QDateTime::currentDateTimeUtc().addSecs(3600);
        at.setTime(QTime(at.time().hour(), 0));
    }
    bool ok = false;
    const int length = p.value(QStringLiteral("length")).toInt(&ok);
    if (!ok) {
        err() << "griddesk-admin: --length: \"" << p.value(QStringLiteral("length")) << "\" is not a number of minutes\n";
        return Usage;
    }
    try {
        auto store = StoreLocation::parse(p.value(QStringLiteral("db"))).open();
        Meeting m;
        m.townshipCode = p.value(QStringLiteral("township"));
        if (m.townshipCode.isEmpty())
            m.townshipCode = store->adminUnits(int(AdminLevel::Township)).value(0).code;
        m.heldAt = at;
        m.lengthMinutes = length;
        m.chair = p.value(QStringLiteral("chair"));
        const MeetingAgenda agenda(*store);
        m.agenda = agenda.build(m.townshipCode, m.heldAt);
        printAgenda(store->createMeeting(m), agenda.names());
        return Ok;
    } catch (const StoreError &e) {
        err() << "griddesk-admin: " << e.message() << "\n";
        return Failed;
    }
}

int list(const QStringList &args)
{
    const QString usage = QString::fromLatin1(kMeetingUsage);
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("list"), QStringLiteral("list"));
    addDbOption(p);
    if (!parseOrExplain(p, args, usage))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    try {
        auto store = StoreLocation::parse(p.value(QStringLiteral("db"))).open();
        out() << "code\theld\tlength\tstate\ttownship\tchair\n";
        for (const Meeting &m : store->meetings())
            out() << m.code << "\t" << when(m.heldAt) << "\t" << m.lengthMinutes << "\t" << meetingstate::code(m.state)
                  << "\t" << m.townshipCode << "\t" << m.chair << "\n";
        return Ok;
    } catch (const StoreError &e) {
        err() << "griddesk-admin: " << e.message() << "\n";
        return Failed;
    }
}

int agenda(const QStringList &args)
{
    const QString usage = QString::fromLatin1(kMeetingUsage);
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("agenda"), QStringLiteral("agenda"));
    p.addPositionalArgument(QStringLiteral("code"), QStringLiteral("meeting number"));
    addDbOption(p);
    if (!parseOrExplain(p, args, usage))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (p.positionalArguments().size() != 2) {
        err() << usage << "\n";
        return Usage;
    }
    const QString code = p.positionalArguments().at(1);
    try {
        auto store = StoreLocation::parse(p.value(QStringLiteral("db"))).open();
        for (const Meeting &m : store->meetings())
            if (m.code == code) {
                printAgenda(*store->meeting(m.id), MeetingAgenda(*store).names());
                return Ok;
            }
        err() << "griddesk-admin: there is no meeting " << code << "\n";
        return Failed;
    } catch (const StoreError &e) {
        err() << "griddesk-admin: " << e.message() << "\n";
        return Failed;
    }
}

} // namespace

int runMeeting(const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("new"))
        return newMeeting(args);
    if (sub == QLatin1String("list"))
        return list(args);
    if (sub == QLatin1String("agenda"))
        return agenda(args);
    err() << QString::fromLatin1(kMeetingUsage) << "\n";
    return Usage;
}

int runTask(const QStringList &args)
{
    const QString usage = QString::fromLatin1(kMeetingUsage);
    if (args.value(1) != QLatin1String("list")) {
        err() << usage << "\n";
        return Usage;
    }
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("list"), QStringLiteral("list"));
    addDbOption(p);
    p.addOption({QStringLiteral("open"), QStringLiteral("only tasks not yet done")});
    if (!parseOrExplain(p, args, usage))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    try {
        auto store = StoreLocation::parse(p.value(QStringLiteral("db"))).open();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        out() << "code\tstate\tdeadline\tdue\towner\tlevel\tdecision\n";
        for (const MeetingTask &t : store->tasks(p.isSet(QStringLiteral("open"))))
            out() << t.code << "\t" << taskstate::code(t.state) << "\t" << deadlinestatus::code(taskclock::status(t, now))
                  << "\t" << AgendaText::endDay(t.dueAt) << "\t" << t.ownerDepartment << "\t" << adminLevelCode(t.level)
                  << "\t" << t.decision << "\n";
        return Ok;
    } catch (const StoreError &e) {
        err() << "griddesk-admin: " << e.message() << "\n";
        return Failed;
    }
}

} // namespace griddesk::cli
