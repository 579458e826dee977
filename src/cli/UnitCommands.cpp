#include "UnitCommands.h"
#include "CliCommand.h"
#include "DivisionFile.h"
#include "StoreError.h"
#include "StoreLocation.h"

#include <QRegularExpression>

namespace griddesk::cli {

namespace {

const char kUsage[] =
    "usage: griddesk-admin unit list [--db LOCATION] [--level township|community|grid] [--no-boundary]\n"
    "       griddesk-admin unit set-population CODE RESIDENTS [--db LOCATION]\n"
    "       griddesk-admin unit import-divisions FILE [--db LOCATION]\n"
    "RESIDENTS is a whole number of residents; 0 marks the figure as not known.\n"
    "--no-boundary lists only the townships and communities with no boundary yet.\n"
    "FILE is a division list (CSV: level,code,name,parent_code; levels 2 city, 3 district,\n"
    "4 township, 5 community; 12-digit codes): its districts, townships and communities\n"
    "become units without boundaries; stored units keep theirs and take the list's names.\n"
    "\"unit\" may also be written \"units\".\n"
    "--db takes a .gpkg path or pg:CONNINFO.";

// Every unit (or one level's): code, level, population ("-" when not known),
// parent and name, tab-separated.
int list(const QStringList &args)
{
    const QString usage = QString::fromLatin1(kUsage);
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("list"), QStringLiteral("list"));
    addDbOption(p);
    p.addOption({QStringLiteral("level"), QStringLiteral("township, community or grid"), QStringLiteral("level")});
    p.addOption({QStringLiteral("no-boundary"), QStringLiteral("only units with no boundary yet")});
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
    try {
        auto store = StoreLocation::parse(p.value(QStringLiteral("db"))).open();
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
    const QString usage = QString::fromLatin1(kUsage);
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
    if (!parseOrExplain(p, args, usage))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 3) {
        err() << "griddesk-admin: " << usage << "\n";
        return Usage;
    }
    const QString code = pos[1];
    bool ok = false;
    const qint64 residents = pos[2].toLongLong(&ok);
    if (!ok) {
        err() << "griddesk-admin: residents: \"" << pos[2] << "\" is not a whole number of residents\n";
        return Usage;
    }
    try {
        auto store = StoreLocation::parse(p.value(QStringLiteral("db"))).open();
        const std::optional<AdminUnit> before = store->adminUnit(code);
        store->setPopulation(code, residents);
        const QString was = before && before->population > 0 ? QString::number(before->population) : QStringLiteral("not known");
        out() << code << "\t" << (before ? before->name : QString()) << "\tpopulation "
              << (residents > 0 ? QString::number(residents) : QStringLiteral("not known")) << " (was " << was << ")\n";
        return Ok;
    } catch (const StoreError &e) {
        err() << "griddesk-admin: " << e.message() << "\n";
        return Failed;
    }
}

// Loads a division list as districts, townships and communities.
int importDivisions(const QStringList &args)
{
    const QString usage = QString::fromLatin1(kUsage);
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("import-divisions"), QStringLiteral("import-divisions"));
    p.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Division list (CSV)"));
    addDbOption(p);
    if (!parseOrExplain(p, args, usage))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2) {
        err() << "griddesk-admin: " << usage << "\n";
        return Usage;
    }
    try {
        const QVector<DivisionRow> rows = DivisionFile::read(pos[1]);
        auto store = StoreLocation::parse(p.value(QStringLiteral("db"))).open();
        const UnitStore::ImportedDivisions done = store->importDivisions(rows);
        out() << pos[1] << ": " << rows.size() << " rows; " << done.added << " units added (no boundary yet), "
              << done.renamed << " renamed, " << done.unchanged << " unchanged\n";
        return Ok;
    } catch (const StoreError &e) {
        err() << "griddesk-admin: " << pos[1] << ": " << e.message() << "\n";
        return Failed;
    }
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
    const bool help = args.size() >= 2 && (args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h"));
    (help ? out() : err()) << (help ? "" : "griddesk-admin: ") << kUsage << "\n";
    return help ? Ok : Usage;
}

} // namespace griddesk::cli
