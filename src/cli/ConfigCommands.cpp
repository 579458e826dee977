#include "ConfigCommands.h"
#include "CliCommand.h"
#include "GpkgStore.h"
#include "StoreError.h"
#include "StorePaths.h"
#include "TimeLimitMonitor.h"

#include <QFile>

namespace griddesk::cli {

namespace {

const QString kConfigUsage = QStringLiteral(
    "usage: griddesk-admin calendar import FILE | calendar show [--year Y]\n"
    "       griddesk-admin category list | category limits CODE [--case-days N] [--accept-days N]\n"
    "                      [--dispatch-days N] [--handle-days N] [--verify-days N]\n"
    "       griddesk-admin department list | department set CODE --name-zh NAME [--name-en NAME]\n"
    "       griddesk-admin routing set CATEGORY DEPARTMENT [--unit GRID_OR_COMMUNITY_CODE]\n"
    "       griddesk-admin setting set KEY VALUE   (escalation_grace_days, duplicate_distance_m,\n"
    "                      duplicate_window_hours, duplicate_party_window_days,\n"
    "                      assessment_min_cases, assessment_work_log_per_week)\n"
    "       griddesk-admin monitor                 apply automatic supervision and escalation now\n"
    "Every command takes --db PATH (default: the demo database).");

bool intOption(const QCommandLineParser &p, const QString &name, int *value)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    *value = p.value(name).toInt(&ok);
    if (!ok) {
        err() << "griddesk-admin: --" << name << ": \"" << p.value(name) << "\" is not a whole number\n";
        return false;
    }
    return true;
}

} // namespace

bool isConfigCommand(const QString &command)
{
    return QStringList{QStringLiteral("calendar"), QStringLiteral("category"), QStringLiteral("department"),
                       QStringLiteral("routing"), QStringLiteral("setting"), QStringLiteral("monitor")}
        .contains(command);
}

int runConfig(const QString &command, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("words"), QStringLiteral("what to do"));
    p.addOptions({{QStringLiteral("db"), QStringLiteral("GeoPackage file"), QStringLiteral("path"), storepaths::defaultDatabase()},
                  {QStringLiteral("year"), QStringLiteral("Year to show"), QStringLiteral("y")},
                  {QStringLiteral("unit"), QStringLiteral("Grid or community code"), QStringLiteral("code")},
                  {QStringLiteral("name-zh"), QStringLiteral("Chinese name"), QStringLiteral("name")},
                  {QStringLiteral("name-en"), QStringLiteral("English name"), QStringLiteral("name")}});
    for (const char *o : {"case-days", "accept-days", "dispatch-days", "handle-days", "verify-days"})
        p.addOption({QString::fromLatin1(o), QStringLiteral("Working days"), QStringLiteral("n")});
    if (!parseOrExplain(p, args, kConfigUsage))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QStringList w = p.positionalArguments();
    auto usage = [] {
        err() << "griddesk-admin: " << kConfigUsage << "\n";
        return Usage;
    };
    try {
        auto store = GpkgStore::open(p.value(QStringLiteral("db")));
        if (command == QLatin1String("monitor")) {
            const MonitorResult r = TimeLimitMonitor().run(*store, QDateTime::currentDateTimeUtc());
            out() << "supervised " << r.supervised << ", escalated " << r.escalated << "; tasks supervised "
                  << r.tasksSupervised << ", escalated " << r.tasksEscalated << "\n";
            for (const QString &e : r.errors)
                err() << "griddesk-admin: " << e << "\n";
            return r.errors.isEmpty() ? Ok : Failed;
        }
        if (command == QLatin1String("calendar") && w.value(0) == QLatin1String("import") && w.size() == 2) {
            QFile f(w[1]);
            if (!f.open(QIODevice::ReadOnly)) {
                err() << "griddesk-admin: cannot read " << w[1] << ": " << f.errorString() << "\n";
                return Failed;
            }
            store->replaceCalendar(QString::fromUtf8(f.readAll()));
            QStringList years;
            for (int y : store->calendar().years())
                years << QString::number(y);
            out() << "calendar imported: " << years.join(QStringLiteral(", ")) << "\n";
            return Ok;
        }
        if (command == QLatin1String("calendar") && w.value(0) == QLatin1String("show")) {
            const WorkingCalendar cal = store->calendar();
            const int year = p.isSet(QStringLiteral("year")) ? p.value(QStringLiteral("year")).toInt() : QDate::currentDate().year();
            for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
                const bool weekend = d.dayOfWeek() > 5;
                if (cal.isWorkingDay(d) == weekend) // only the exceptions to Monday-Friday
                    out() << d.toString(Qt::ISODate) << (cal.isWorkingDay(d) ? " workday " : " holiday ")
                          << cal.holidayName(d) << "\n";
            }
            return Ok;
        }
        if (command == QLatin1String("category") && w.value(0) == QLatin1String("list")) {
            for (const IncidentCategory &c : store->categories()) {
                const TimeLimits t = store->timeLimits(c.code);
                out() << c.code << "  " << c.nameZh << "  case " << t.caseDays << " / accept " << t.acceptDays
                      << " / dispatch " << t.dispatchDays << " / handle " << t.handleDays << " / verify " << t.verifyDays
                      << " working days; suggested department " << store->suggestDepartment(c.code, QString()) << "\n";
            }
            return Ok;
        }
        if (command == QLatin1String("category") && w.value(0) == QLatin1String("limits") && w.size() == 2) {
            TimeLimits t = store->timeLimits(w[1]);
            if (!intOption(p, QStringLiteral("case-days"), &t.caseDays) || !intOption(p, QStringLiteral("accept-days"), &t.acceptDays)
                || !intOption(p, QStringLiteral("dispatch-days"), &t.dispatchDays)
                || !intOption(p, QStringLiteral("handle-days"), &t.handleDays)
                || !intOption(p, QStringLiteral("verify-days"), &t.verifyDays))
                return Usage;
            store->setTimeLimits(w[1], t);
            out() << "limits of " << w[1] << " updated\n";
            return Ok;
        }
        if (command == QLatin1String("department") && w.value(0) == QLatin1String("list")) {
            for (const Department &d : store->departments())
                out() << d.code << "  " << d.nameZh << "  " << d.nameEn << "\n";
            return Ok;
        }
        if (command == QLatin1String("department") && w.value(0) == QLatin1String("set") && w.size() == 2) {
            store->upsertDepartment({w[1], p.value(QStringLiteral("name-zh")), p.value(QStringLiteral("name-en"))});
            out() << "department " << w[1] << " saved\n";
            return Ok;
        }
        if (command == QLatin1String("routing") && w.value(0) == QLatin1String("set") && w.size() == 3) {
            store->setRouting({w[1], p.value(QStringLiteral("unit")), w[2]});
            out() << "reports of " << w[1] << " now go to " << w[2] << "\n";
            return Ok;
        }
        if (command == QLatin1String("setting") && w.value(0) == QLatin1String("set") && w.size() == 3) {
            store->setSetting(w[1], w[2]);
            out() << w[1] << " = " << w[2] << "\n";
            return Ok;
        }
    } catch (const StoreError &e) {
        err() << "griddesk-admin: " << e.message() << "\n";
        return Failed;
    }
    return usage();
}

} // namespace griddesk::cli
