// griddesk-admin: set up, inspect and feed GridDesk databases from a shell.

#include "AccessCommands.h"
#include "BenchDataCommand.h"
#include "BoundaryCommands.h"
#include "BulletinCommands.h"
#include "CliCommand.h"
#include "ConfigCommands.h"
#include "DbCommands.h"
#include "DemoCommand.h"
#include "IncidentCommands.h"
#include "KpiCommand.h"
#include "MeetingCommands.h"
#include "RegisterCommands.h"
#include "StaffCommands.h"
#include "TopologyCommand.h"
#include "UnitCommands.h"

#include "SqliteHandle.h"

#include <QCoreApplication>

using namespace griddesk::cli;

int main(int argc, char *argv[])
{
    griddesk::sqlitehandle::configureLibrary();
    QCoreApplication::setOrganizationName(QStringLiteral("GridDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("griddesk-admin"));
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString usage = QStringLiteral(
        "usage: griddesk-admin COMMAND ...\n"
        "  demo [PATH] [--force]            create the demo township database\n"
        "  bench-data --scale township|district|city --divisions CSV DST\n"
        "                                   benchmark data: Rizhao's divisions with grids, cameras, cases, houses, residents\n"
        "  incident add --db PATH --lon X --lat Y --category CODE [...]\n"
        "                                   report an incident\n"
        "  incident history [--db PATH] CASE  a case's history, oldest first\n"
        "  db info|migrate PATH             show or upgrade a database\n"
        "  db init|migrate|info --pg CONNINFO  set up or upgrade a PostgreSQL/PostGIS server\n"
        "  db copy SRC DST                  copy a township between a .gpkg file and pg:CONNINFO, losslessly\n"
        "  kpi --unit CODE --period 2026-11 [--children] [--format table|csv|json] [--db LOCATION] [--xlsx FILE]\n"
        "                                   a unit's assessment figures, as the dashboard computes them\n"
        "  unit list [--db LOCATION] [--no-boundary]\n"
        "                                   the units, with their population (or those with no boundary yet)\n"
        "  unit import-divisions FILE [--db LOCATION]\n"
        "                                   load a division list (level,code,name,parent_code) as units\n"
        "  unit history CODE [--db LOCATION]  every version of a unit; unit list --on DAY --level L: a past day's units\n"
        "  meeting new|list|agenda [--db LOCATION]\n"
        "                                   joint meetings, with an agenda built from the data\n"
        "  task list [--open] [--db LOCATION]\n"
        "                                   the meetings' decisions and where they stand\n"
        "  unit set-population CODE N [--db LOCATION]\n"
        "                                   a unit's number of residents (0: not known)\n"
        "  units check-topology [--db LOCATION] [--township CODE] [--tolerance M2]\n"
        "                                   grids that overlap, leave gaps, stick out or are invalid\n"
        "  units import-boundaries FILE --level township|community|grid [...]\n"
        "                                   boundaries from a Shapefile, GeoJSON or GeoPackage file\n"
        "  units export-boundaries FILE [--level ...] [--format shp|geojson|gpkg] [--crs EPSG:n]\n"
        "                                   boundaries to a Shapefile, GeoJSON or GeoPackage file\n"
        "  import|validate REGISTER FILE [--mapping M] [--encoding E] [--valid-only] [...]\n"
        "                                   a register (residents, houses, disputes, ...) from CSV, XLSX, SHP, GeoJSON or GPKG\n"
        "  export REGISTER FILE [--format F] [--encoding E] [--unit CODE]\n"
        "                                   a register to a file, personal data masked\n"
        "  bulletin publish|list|withdraw ...  security bulletins (see 'griddesk-admin bulletin --help')\n"
        "  staff list|add|edit|retire|check|rule ...\n"
        "                                   the grid staff register and its rule (see 'griddesk-admin staff --help')\n"
        "  user add|list LOCATION ...       people who sign in, with role and scope (LOCATION: .gpkg or pg:CONNINFO)\n"
        "  audit verify|list LOCATION       check the audit log's hash chain, or read it\n"
        "  calendar|category|department|routing|setting|monitor ...\n"
        "                                   configure the closed loop (see 'griddesk-admin calendar --help')\n"
        "Run 'griddesk-admin COMMAND --help' for a command's options.");
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h")) {
        (args.size() < 2 ? err() : out()) << usage << "\n";
        return args.size() < 2 ? Usage : Ok;
    }
    const QString command = args[1];
    struct Flush {
        ~Flush()
        {
            out().flush();
            err().flush();
        }
    } flushAtExit;
    QStringList rest = args.mid(1);
    rest[0] = args[0] + QLatin1Char(' ') + command;
    if (command == QLatin1String("demo"))
        return runDemo(rest);
    if (command == QLatin1String("bench-data"))
        return runBenchData(rest);
    if (command == QLatin1String("incident"))
        return runIncident(rest);
    if (command == QLatin1String("db"))
        return runDb(rest);
    if (command == QLatin1String("kpi"))
        return runKpi(rest);
    if ((command == QLatin1String("unit") || command == QLatin1String("units"))
        && rest.value(1) == QLatin1String("check-topology"))
        return runCheckTopology(rest);
    if ((command == QLatin1String("unit") || command == QLatin1String("units"))
        && rest.value(1) == QLatin1String("import-boundaries"))
        return runImportBoundaries(rest);
    if ((command == QLatin1String("unit") || command == QLatin1String("units"))
        && rest.value(1) == QLatin1String("export-boundaries"))
        return runExportBoundaries(rest);
    if (command == QLatin1String("unit") || command == QLatin1String("units"))
        return runUnit(rest);
    if (command == QLatin1String("meeting"))
        return runMeeting(rest);
    if (command == QLatin1String("task"))
        return runTask(rest);
    if (command == QLatin1String("import") || command == QLatin1String("validate"))
        return runRegisterImport(rest, command == QLatin1String("import"));
    if (command == QLatin1String("export"))
        return runRegisterExport(rest);
    if (command == QLatin1String("bulletin"))
        return runBulletin(rest);
    if (command == QLatin1String("staff"))
        return runStaff(rest);
    if (command == QLatin1String("user"))
        return runUser(rest);
    if (command == QLatin1String("audit"))
        return runAudit(rest);
    if (isConfigCommand(command))
        return runConfig(command, rest);
    err() << "griddesk-admin: unknown command \"" << command << "\"\n" << usage << "\n";
    return Usage;
}
