#pragma once
// Access to the sqlite3 connection behind a QtSql QSQLITE connection, for the
// few things QtSql does not expose.

#include <QSqlDatabase>

struct sqlite3;

namespace griddesk::sqlitehandle {

// Call first thing in main(), before any SQLite connection (QGIS and GDAL
// open some): SQLite's allocation statistics, which nothing in GridDesk
// reads, cost a global mutex on every allocation. Returns false once SQLite
// has started, when the setting can no longer change.
bool configureLibrary();

// The raw handle, or null when the connection is not a SQLite one.
sqlite3 *of(QSqlDatabase &db);
// Keeps the -wal and -shm files when the last connection closes, so that
// read-only openers (QGIS's ogr provider, GDAL tools) can read the WAL-mode file.
bool keepWalFiles(QSqlDatabase &db);

} // namespace griddesk::sqlitehandle
