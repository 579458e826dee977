#pragma once
// The joint meeting's agenda on a busy township with `openCases` still open,
// built off the GUI thread as the console builds it (read the store, then the
// rules), timed on a GeoPackage and, given a server's maintenance connection,
// on a copy of it on the server.
//
// The township's history follows the shared 2015 service-request log
// (../shared/data): on 1 October it held 19,290 open cases, 52% of them
// reported more than 90 days before, against 35,014 reported in the 90 days
// before, 1.8 for each open case. So the township gets 1.8 x openCases
// recent cases from the demo's generator (of which the workflow leaves about
// one in eight open), a backlog of open cases reported 90 to 365 days before
// that makes up the rest, and a year of closed cases before that. With
// `dense`, every case is recent instead (8.5 per open case, all within 90
// days): a stress figure far above any real centre's.
#include <QString>
#include <QTextStream>

namespace griddesk::bench {

struct AgendaBenchOptions {
    int openCases = 10000;
    int runs = 5;
    QString serverAdmin; // empty: GeoPackage only
    QString keep;        // keep the township's GeoPackage at this path, and measure it again when it is there
    bool dense = false;
    bool reuse = false; // the server's copy of an earlier run, when there is one
};

// Returns 0 when every run built an agenda.
int runAgendaBench(const AgendaBenchOptions &options, QTextStream &out);

} // namespace griddesk::bench
