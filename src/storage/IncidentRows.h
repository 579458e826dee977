#pragma once
// How incidents and their history map to table rows, on both backends.

#include "Incident.h"
#include "IncidentHistoryEntry.h"
#include "SqlDialect.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVector>

namespace griddesk::incidentrows {

// Columns read by readIncident(), fid first.
QString incidentColumns(const SqlDialect &dialect);
Incident readIncident(const QSqlQuery &q);
// A narrow read for the dispatch queue: identity, state, handling and due
// stamps only (no geometry, texts or clock starts).
const QString &summaryColumns();
Incident readSummary(const QSqlQuery &q);
// "col, col, …", the matching placeholders and values, for INSERT (no fid).
const QString &incidentWriteColumns();
QString incidentPlaceholders(const SqlDialect &dialect);
QVector<QVariant> incidentValues(const SqlDialect &dialect, const Incident &i);
// "col = ?, …" and the values of the case columns, for UPDATE.
const QString &caseAssignments();
QVector<QVariant> caseValues(const Incident &i);

const QString &historyColumns();
IncidentHistoryEntry readHistory(const QSqlQuery &q);
const QString &historyWriteColumns();
QVector<QVariant> historyValues(qint64 incidentId, const IncidentHistoryEntry &h);

// Lists are stored as '|'-joined text.
QString joinList(const QStringList &list);
QStringList splitList(const QString &text);

} // namespace griddesk::incidentrows
