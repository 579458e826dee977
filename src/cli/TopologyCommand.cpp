#include "TopologyCommand.h"
#include "CliCommand.h"
#include "StoreError.h"
#include "StoreLocation.h"
#include "topology/TopologyCheck.h"
#include "topology/TopologyText.h"

#include <QSet>

#include <stdexcept>

namespace griddesk::cli {

namespace {

const char kTopologyUsage[] =
    "usage: griddesk-admin units check-topology [--db LOCATION] [--township CODE] [--tolerance M2]\n"
    "                                           [--language zh_CN|en]\n"
    "Checks the grids of every community (or of one township's communities): every geometry is valid,\n"
    "each grid lies inside its community, no two grids overlap, and together they cover the community\n"
    "with no gap larger than M2 square metres (default 1). Prints one problem a line: kind, location\n"
    "(lon, lat in EPSG:4490) and what is wrong, in the system's language unless --language says.\n"
    "Exits 0 when there are no problems, 3 when there are, 1 when the check cannot run.\n"
    "--db takes a .gpkg path or pg:CONNINFO.";

} // namespace

int runCheckTopology(const QStringList &args)
{
    const QString usage = QString::fromLatin1(kTopologyUsage);
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("check-topology"), QStringLiteral("check-topology"));
    addDbOption(p);
    p.addOptions({{QStringLiteral("township"), QStringLiteral("Only this township's communities"),
                   QStringLiteral("code")},
                  {QStringLiteral("tolerance"), QStringLiteral("Largest uncovered area that is not a gap, in m²"),
                   QStringLiteral("m2"), QStringLiteral("1")},
                  {QStringLiteral("language"), QStringLiteral("zh_CN or en"), QStringLiteral("lang"),
                   systemLanguage()}});
    if (!parseOrExplain(p, args, usage))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (p.positionalArguments().size() != 1) {
        err() << "griddesk-admin: units check-topology: unexpected \"" << p.positionalArguments().value(1) << "\"\n"
              << usage << "\n";
        return Usage;
    }
    topology::TopologyOptions options;
    bool ok = false;
    options.gapToleranceM2 = p.value(QStringLiteral("tolerance")).toDouble(&ok);
    if (!ok || !(options.gapToleranceM2 >= 0.0) || options.gapToleranceM2 > 1e9) {
        err() << "griddesk-admin: --tolerance: \"" << p.value(QStringLiteral("tolerance"))
              << "\" is not an area in square metres (0 or more)\n";
        return Usage;
    }
    if (!installLanguage(p.value(QStringLiteral("language")))) {
        err() << "griddesk-admin: --language: \"" << p.value(QStringLiteral("language")) << "\" is not zh_CN or en\n";
        return Usage;
    }
    try {
        auto store = StoreLocation::parse(p.value(QStringLiteral("db"))).open();
        QVector<AdminUnit> communities = store->adminUnits(int(AdminLevel::Community));
        QVector<AdminUnit> grids = store->adminUnits(int(AdminLevel::Grid));
        const QString township = p.value(QStringLiteral("township"));
        if (!township.isEmpty()) {
            const std::optional<AdminUnit> t = store->adminUnit(township);
            if (!t || t->level != AdminLevel::Township) {
                err() << "griddesk-admin: --township: there is no township " << township << " in this database\n";
                return Failed;
            }
            QSet<QString> kept;
            QVector<AdminUnit> mine;
            for (const AdminUnit &c : communities)
                if (c.parentCode == township) {
                    mine << c;
                    kept.insert(c.code);
                }
            communities = mine;
            QVector<AdminUnit> theirGrids;
            for (const AdminUnit &g : grids)
                if (kept.contains(g.parentCode))
                    theirGrids << g;
            grids = theirGrids;
        }
        const topology::TopologyReport report = topology::TopologyCheck(options).run(communities, grids);
        for (const topology::TopologyProblem &problem : report.problems)
            out() << topology::TopologyText::kindName(problem.kind) << "\t"
                  << topology::TopologyText::location(problem) << "\t" << topology::TopologyText::describe(problem)
                  << "\n";
        out() << topology::TopologyText::summary(report) << "\n";
        return report.problems.isEmpty() ? Ok : ProblemsFound;
    } catch (const StoreError &e) {
        err() << "griddesk-admin: " << e.message() << "\n";
        return Failed;
    } catch (const std::runtime_error &e) {
        err() << "griddesk-admin: " << e.what() << "\n";
        return Failed;
    }
}

} // namespace griddesk::cli
