#pragma once
// Forward-only schema migrations of a GridDesk GeoPackage. Each step runs in
// the caller's transaction and bumps gd_meta.schema_version.

#include <QSqlDatabase>
#include <QStringList>

namespace griddesk::migrations {

int latestVersion();
// The tables whose every write is recorded in audit_log (both backends).
const QStringList &auditedTables();
// Schema 4's indexes for a long history (the same statements on both backends).
const QStringList &historyIndexes();
// Reads gd_meta.schema_version; 0 when the table is missing.
int currentVersion(QSqlDatabase &db);
// Applies every step after `from` up to latestVersion().
void migrate(QSqlDatabase &db, int from);

} // namespace griddesk::migrations
