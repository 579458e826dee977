#pragma once
// The audit log's columns and how a row reads into an AuditEntry, shared by
// the session that seals the log and the capability that lists it.

#include "AuditEntry.h"

#include <QSqlQuery>
#include <QString>

namespace griddesk::auditrows {

QString columns();
AuditEntry read(const QSqlQuery &q);

} // namespace griddesk::auditrows
