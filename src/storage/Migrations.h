#pragma once
// Forward-only schema migrations of a GridDesk GeoPackage. Each step runs in
// the caller's transaction and bumps gd_meta.schema_version.

#include <QSqlDatabase>
#include <QStringList>

namespace griddesk::migrations {

int latestVersion();
// Triggers that feed gd_changes from every write to a table (that meets
// `condition`, where %1 stands for NEW or OLD).
void changeFeedTriggers(QSqlDatabase &db, const QString &table, const QString &condition = {});
// Triggers that record every write to a table in audit_log, without its
// geometry, secrets and personal data (`excluded` names more such columns),
// for rows that meet `condition` (%1: NEW or OLD).
void auditTriggers(QSqlDatabase &db, const QString &table, const QStringList &excluded = {}, const QString &condition = {});
// The tables whose every write is recorded in audit_log (both backends).
const QStringList &auditedTables();
// Schema 7: the joint meeting's tables (audited and fed on both backends).
const QStringList &meetingTables();
// Schema 10: the grid staff register's indexes (the same statements on both backends).
const QStringList &staffIndexes();
// Schema 4's indexes for a long history (the same statements on both backends).
const QStringList &historyIndexes();
// Schema 6: the population column of admin_units, and the indexes of the
// assessment's period reads (the same statements on both backends).
const QString &populationColumn();
const QStringList &assessmentIndexes();
// Schema 9: the indexes of unit_versions (the same statements on both backends).
const QStringList &unitVersionStatements();
// The workflow actions the KPIs count, as the condition of the partial index
// on incident_history; a query that repeats it word for word uses the index.
const QString &kpiActionsCondition();
// Reads gd_meta.schema_version; 0 when the table is missing.
int currentVersion(QSqlDatabase &db);
// Applies every step after `from` up to `to` (tests build older files with it).
void migrate(QSqlDatabase &db, int from, int to = latestVersion());

} // namespace griddesk::migrations
