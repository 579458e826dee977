#pragma once
// The joint meeting's agenda on a busy township: the demo township with
// enough cases that `openCases` are still open (years of closed ones beside
// them), the agenda built off the GUI thread as the console builds it (read
// the store, then the rules), timed on a GeoPackage and, given a server's
// maintenance connection, on a copy of it on the server.
#include <QString>
#include <QTextStream>

namespace griddesk::bench {

struct AgendaBenchOptions {
    int openCases = 10000;
    int runs = 5;
    QString serverAdmin; // empty: GeoPackage only
    QString keep;        // keep the township's GeoPackage at this path, and measure it again when it is there
};

// Returns 0 when every run built an agenda.
int runAgendaBench(const AgendaBenchOptions &options, QTextStream &out);

} // namespace griddesk::bench
