#include "AuditRows.h"

#include <QVariant>

namespace griddesk::auditrows {

QString columns()
{
    return QStringLiteral("seq, at, actor, action, table_name, row_id, before, after, prev_hash, hash");
}

AuditEntry read(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = q.value(1).toString();
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.table = q.value(4).toString();
    if (!q.value(5).isNull())
        e.rowId = q.value(5).toLongLong();
    e.before = q.value(6).toString();
    e.after = q.value(7).toString();
    e.prevHash = q.value(8).toString();
    e.hash = q.value(9).toString();
    return e;
}

} // namespace griddesk::auditrows
