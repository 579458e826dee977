#pragma once
// The register import: N residents from a UTF-8 CSV with full validation
// (GB 11643, codes, duplicates in the file and the register) and grid
// assignment by location, into the demo township's GeoPackage; beside it
// the sqlite3 shell's own .import of the same file into a bare table, and
// (with a server) the server's figure.

#include <QTextStream>

namespace griddesk::bench {

struct ImportBenchOptions {
    qint64 rows = 1000000;
    qint64 serverRows = 100000; // rows imported on the server
    QString serverAdmin;        // conninfo of a server to measure too; empty: the file only
    QString keepCsv;            // write the CSV here (and reuse it when it exists)
};

// Returns 0 when every import wrote every row.
int runImportBench(const ImportBenchOptions &options, QTextStream &out);

} // namespace griddesk::bench
