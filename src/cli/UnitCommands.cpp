#include "UnitCommands.h"
#include "CliCommand.h"
#include "DivisionFile.h"
#include "StoreError.h"
#include "StoreLocation.h"

#include <QRegularExpression>

namespace griddesk::cli {

namespace {

const char kUnitUsage[] =
    "usage: griddesk-admin unit list [--db LOCATION] [--level township|community|grid] [--no-boundary]\n"
    "       griddesk-admin unit set-population CODE RESIDENTS [--db LOCATION]\n"
    "       griddesk-admin unit import-divisions FILE [--db LOCATION]\n"
    "       griddesk-admin unit history CODE [--db LOCATION]\n"
    "       griddesk-admin unit list --on YYYY-MM-DD --level township|community|grid [--db LOCATION]\n"
    "RESIDENTS is a whole number of residents; 0 marks the figure as not known.\n"
    "--no-boundary lists only the townships and communities with no boundary yet.\n"
    "FILE is a division list (CSV: level,code,name,parent_code; levels 2 city, 3 district,\n"
    "4 township, 5 community; 12-digit codes): its districts, townships and communities\n"
    "become units without boundaries; stored units keep theirs and take the list's names.\n"
    "history lists every version of a unit (retired grids too): the days it held, why it began,\n"
    "the grids it came from, who saved it and an administrator's justification.\n"
    "--on lists the units of a level as they were on that day.\n"
    "\"unit\" may also be written \"units\".\n"
    "--db takes a .gpkg path or pg:CONNINFO.";

// Every unit (or one level's): code, level, population ("-" when not known),
// parent and name, tab-separated.
int list(const QStringList &args)
{
    const QString usage = QString::fromLatin1(kUnitUsage);
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("list"), QStringLiteral("list"));
    addDbOption(p);
    p.addOption({QStringLiteral("level"), QStringLiteral("township, community or grid"), QStringLiteral("level")});
    p.addOption({QStringLiteral("no-boundary"), QStringLiteral("only units with no boundary yet")});
    p.addOption({QStringLiteral("on"), QStringLiteral("the units as they were on this day"), QStringLiteral("date")});
    if (!parseOrExplain(p, args, usage))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    int level = 0;
    if (p.isSet(QStringLiteral("level"))) {
        for (AdminLevel l : {AdminLevel::Township, AdminLevel::Community, AdminLevel::Grid})
            if (p.value(QStringLiteral("level")) == adminLevelCode(l))
                level = int(l);
        if (level == 0) {
            err() << "griddesk-admin: --level: \"" << p.value(QStringLiteral("level"))
                  << "\" is not township, community or grid\n";
            return Usage;
        }
    }
    QDate on;
    if (p.isSet(QStringLiteral("on"))) {
        on = QDate::fromString(p.value(QStringLiteral("on")), Qt::ISODate);
        if (!on.isValid() || level == 0 || p.isSet(QStringLiteral("no-boundary"))) {
            err() << "griddesk-admin: --on: \"" << p.value(QStringLiteral("on"))
                  << (on.isValid() ? "\" needs --level (and no --no-boundary)\n" : "\" is not a day (YYYY-MM-DD)\n");
            return Usage;
        }
    }
    try {
        auto store = StoreLocation::parse(p.value(QStringLiteral("db"))).open();
        if (on.isValid()) {
            out() << "code\tlevel\tparent\tname\n";
            for (const AdminUnit &u : store->unitsOn(on, AdminLevel(level)))
                out() << u.code << "\t" << adminLevelCode(u.level) << "\t"
                      << (u.parentCode.isEmpty() ? QStringLiteral("-") : u.parentCode) << "\t" << u.name << "\n";
            return Ok;
        }
        const bool noBoundary = p.isSet(QStringLiteral("no-boundary"));
        if (noBoundary && level == int(AdminLevel::Grid)) {
            err() << "griddesk-admin: --no-boundary: grids always have a boundary; use --level township or community\n";
            return Usage;
        }
        out() << "code\tlevel\tpopulation\tparent\tname\n";
        for (const AdminUnit &u : noBoundary ? store->unitsWithoutBoundary(level) : store->adminUnits(level))
            out() << u.code << "\t" << adminLevelCode(u.level) << "\t"
                  << (u.population > 0 ? QString::number(u.population) : QStringLiteral("-")) << "\t"
                  << (u.parentCode.isEmpty() ? QStringLiteral("-") : u.parentCode) << "\t" << u.name << "\n";
        return Ok;
    } catch (const StoreError &e) {
        err() << "griddesk-admin: " << e.message() << "\n";
        return Failed;
    }
}

int setPopulation(const QStringList &args)
{
    const QString usage = QString::fromLatin1(kUnitUsage);
    // "-5" would read as an option; name it for what it is.
    for (const QString &a : args.mid(2))
        if (QRegularExpression(QStringLiteral("^-[0-9]+$")).match(a).hasMatch()) {
            err() << "griddesk-admin: residents: " << a
                  << " is negative; give the number of residents, or 0 when it is not known\n";
            return Usage;
        }
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("set-population"), QStringLiteral("set-population"));
    p.addPositionalArgument(QStringLiteral("code"), QStringLiteral("Unit code (township, community or grid)"));
    p.addPositionalArgument(QStringLiteral("residents"), QStringLiteral("Number of residents; 0 when not known"));
    addDbOption(p);
    int exit = Ok;
    if (!parseWords(p, args, usage, 3, &exit))
        return exit;
    const QStringList pos = p.positionalArguments();
    const QString code = pos[1];
    bool ok = false;
    const qint64 residents = pos[2].toLongLong(&ok);
    if (!ok) {
        err() << "griddesk-admin: residents: \"" << pos[2] << "\" is not a whole number of residents\n";
        return Usage;
    }
    return withStore(p, [&](Store &store) {
        const std::optional<AdminUnit> before = store.adminUnit(code);
        store.setPopulation(code, residents);
        const QString was = before && before->population > 0 ? QString::number(before->population) : QStringLiteral("not known");
        out() << code << "\t" << (before ? before->name : QString()) << "\tpopulation "
              << (residents > 0 ? QString::number(residents) : QStringLiteral("not known")) << " (was " << was << ")\n";
        return int(Ok);
    });
}

// Loads a division list as districts, townships and communities.
int importDivisions(const QStringList &args)
{
    const QString usage = QString::fromLatin1(kUnitUsage);
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("import-divisions"), QStringLiteral("import-divisions"));
    p.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Division list (CSV)"));
    addDbOption(p);
    int exit = Ok;
    if (!parseWords(p, args, usage, 2, &exit))
        return exit;
    const QString file = p.positionalArguments()[1];
    return withStore(p, [&](Store &store) {
        const QVector<DivisionRow> rows = DivisionFile::read(file);
        const UnitStore::ImportedDivisions done = store.importDivisions(rows);
        out() << file << ": " << rows.size() << " rows; " << done.added << " units added (no boundary yet), "
              << done.renamed << " renamed, " << done.unchanged << " unchanged\n";
        return int(Ok);
    }, file);
}

// Every version of a unit, oldest first.
int history(const QStringList &args)
{
    const QString usage = QString::fromLatin1(kUnitUsage);
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("history"), QStringLiteral("history"));
    p.addPositionalArgument(QStringLiteral("code"), QStringLiteral("Unit code"));
    addDbOption(p);
    int exit = Ok;
    if (!parseWords(p, args, usage, 2, &exit))
        return exit;
    const QString code = p.positionalArguments()[1];
    return withStore(p, [&](Store &store) {
        const QVector<UnitVersion> versions = store.unitHistory(code);
        if (versions.isEmpty()) {
            err() << "griddesk-admin: " << code << ": no unit has this code, now or before\n";
            return int(Failed);
        }
        auto day = [](const QDate &d, const char *none) {
            return d.isValid() ? d.toString(Qt::ISODate) : QString::fromLatin1(none);
        };
        auto orDash = [](const QString &s) { return s.isEmpty() ? QStringLiteral("-") : s; };
        out() << "version\tfrom\tuntil\tchange\tname\tparent\trelated\tactor\tjustification\n";
        for (const UnitVersion &v : versions)
            out() << v.version << "\t" << day(v.validFrom, "start") << "\t" << day(v.validTo, "current") << "\t"
                  << unitChangeCode(v.change) << "\t" << v.unit.name << "\t" << orDash(v.unit.parentCode) << "\t"
                  << orDash(v.related.join(QLatin1Char(','))) << "\t" << orDash(v.actor) << "\t"
                  << orDash(v.justification) << "\n";
        return int(Ok);
    });
}

} // namespace

int runUnit(const QStringList &args)
{
    if (args.size() >= 2 && args[1] == QLatin1String("list"))
        return list(args);
    if (args.size() >= 2 && args[1] == QLatin1String("set-population"))
        return setPopulation(args);
    if (args.size() >= 2 && args[1] == QLatin1String("import-divisions"))
        return importDivisions(args);
    if (args.size() >= 2 && args[1] == QLatin1String("history"))
        return history(args);
    const bool help = args.size() >= 2 && (args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h"));
    (help ? out() : err()) << (help ? "" : "griddesk-admin: ") << kUnitUsage << "\n";
    return help ? Ok : Usage;
}

} // namespace griddesk::cli
