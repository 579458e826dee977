#pragma once
// The assessment benchmark (griddesk-bench --kpi N): a district of real
// Rizhao townships and communities with N cases over five years, built into a
// GeoPackage and onto a server; on each, the whole dashboard's refresh for a
// month (the store's period read, then KpiEngine for every grid, community,
// township and department) against the same figures counted straight in SQL.
// Both must give the same numbers; the times are printed side by side.

#include <QDateTime>
#include <QString>
#include <QTextStream>

namespace griddesk {
class Store;
}

namespace griddesk::bench {

struct KpiBenchOptions {
    int cases = 1000000;
    QString districtCode = QStringLiteral("371103000000"); // 岚山区: 9 townships, 241 communities
    int gridsPerCommunity = 3;
    int runs = 5;
    QString serverAdmin; // a server's maintenance connection; empty: GeoPackage only
    QString keepFolder; // keep the built GeoPackage there
    bool reuse = false; // measure the GeoPackage in keepFolder and the server database built before
};

// Returns the number of figures that differ between the two routes.
int runKpiBench(const KpiBenchOptions &options, QTextStream &out);

// The same measure on a store built elsewhere (the city's): the last whole
// month before `now`, every unit. Returns the figures that differ.
int measureDashboardMonth(Store &store, const QString &backend, const QDateTime &now, int runs, QTextStream &out);

} // namespace griddesk::bench
