// A writer for the fault tests: imports N incidents (with their first history
// row) in one Store call, so one transaction, into a township's database.
//   griddesk_test_bulkwriter LOCATION N
// Prints "writing" when the write starts and "done" when it has committed.
#include "PolygonOps.h"
#include "StoreError.h"
#include "StoreLocation.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace griddesk;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: griddesk_test_bulkwriter LOCATION N\n");
        return 2;
    }
    try {
        auto store = StoreLocation::parse(args[1]).open();
        const QVector<AdminUnit> grids = store->adminUnits(int(AdminLevel::Grid));
        const int n = args[2].toInt();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVector<IncidentRecord> records;
        records.reserve(n);
        for (int k = 0; k < n; ++k) {
            const AdminUnit &grid = grids[k % grids.size()];
            IncidentRecord r;
            Incident &i = r.incident;
            i.code = QStringLiteral("K%1").arg(k, 6, 10, QLatin1Char('0'));
            i.categoryCode = QStringLiteral("security_hazard");
            i.title = QStringLiteral("批量写入 %1").arg(k);
            i.location = polygon::centroid(grid.geometry);
            i.reportedAt = now;
            i.state = IncidentState::Reported;
            i.gridCode = grid.code;
            i.communityCode = grid.parentCode;
            i.townshipCode = grid.parentCode.left(9) + QStringLiteral("000");
            IncidentHistoryEntry h;
            h.action = QStringLiteral("report");
            h.actor = QStringLiteral("bulk");
            h.at = now;
            h.stateAfter = IncidentState::Reported;
            r.history = {h};
            records.push_back(r);
        }
        QTextStream out(stdout);
        out << "writing" << Qt::endl;
        store->importIncidents(records);
        out << "done" << Qt::endl;
        return 0;
    } catch (const StoreError &e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 1;
    }
}
