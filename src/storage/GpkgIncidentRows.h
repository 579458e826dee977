#pragma once
// How incidents and their history map to rows of the GeoPackage tables.

#include "Incident.h"
#include "IncidentHistoryEntry.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVector>

namespace griddesk::gpkgrows {

// Columns read by readIncident(), fid first.
const QString &incidentColumns();
Incident readIncident(const QSqlQuery &q);
// A narrow read for the dispatch queue: identity, state, handling and due
// stamps only (no geometry, texts or clock starts).
const QString &summaryColumns();
Incident readSummary(const QSqlQuery &q);
// "col, col, …" and the matching values, for INSERT (no fid).
const QString &incidentWriteColumns();
QVector<QVariant> incidentValues(const Incident &i);
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

} // namespace griddesk::gpkgrows
