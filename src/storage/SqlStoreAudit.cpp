#include "SqlStore.h"
#include "AuditChain.h"
#include "SqlHelpers.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

// The audit log of the SQL store: sealing a GeoPackage's trigger-written
// rows into the hash chain, reading the log, and recording reveals of
// personal data. (SqlStore's implementation is split by concern; the class is
// declared once, in SqlStore.h.)

namespace griddesk {

namespace {
// Nobody signed in: the operating-system account and the program.
QString defaultSessionUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    const QString program = QCoreApplication::applicationName();
    return QStringLiteral("%1 (%2)").arg(user.isEmpty() ? QStringLiteral("?") : user,
                                         program.isEmpty() ? QStringLiteral("griddesk") : program);
}
const QString kAuditColumns = QStringLiteral("seq, at, actor, action, table_name, row_id, before, after, prev_hash, hash");

AuditEntry readAuditEntry(const QSqlQuery &q)
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

} // namespace

SqlStore::WriteTransaction::WriteTransaction(SqlStore &store)
    : m_store(store)
    , m_tx(store.db())
{
    if (!store.dialect().isPostgres())
        store.sealAudit(QStringLiteral("external"));
}

void SqlStore::WriteTransaction::commit()
{
    if (!m_store.dialect().isPostgres())
        m_store.sealAudit(m_store.m_sessionUser.isEmpty() ? defaultSessionUser() : m_store.m_sessionUser);
    m_tx.commit();
}

void SqlStore::sealPendingAudit()
{
    WriteTransaction tx(*this); // its start seals them
    tx.commit();
}

void SqlStore::sealAudit(const QString &actor)
{
    QSqlQuery pending = sql::exec(db(), QStringLiteral("SELECT %1 FROM audit_log WHERE hash IS NULL ORDER BY seq").arg(kAuditColumns));
    QVector<AuditEntry> rows;
    while (pending.next())
        rows.push_back(readAuditEntry(pending));
    if (rows.isEmpty())
        return;
    QSqlQuery last = sql::exec(db(), QStringLiteral(
        "SELECT hash FROM audit_log WHERE hash IS NOT NULL ORDER BY seq DESC LIMIT 1"));
    QString prev = last.next() ? last.value(0).toString() : auditchain::genesis();
    last.finish();
    QSqlQuery seal(db());
    seal.prepare(QStringLiteral("UPDATE audit_log SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ? AND hash IS NULL"));
    for (AuditEntry &e : rows) {
        // Whatever name another program wrote, the sealer records who it
        // knows wrote the row: this store's user, or "external".
        e.actor = actor;
        e.prevHash = prev;
        e.hash = auditchain::hashOf(e);
        seal.bindValue(0, e.actor);
        seal.bindValue(1, e.prevHash);
        seal.bindValue(2, e.hash);
        seal.bindValue(3, e.seq);
        if (!seal.exec())
            sql::fail(db(), seal.lastQuery(), seal.lastError());
        prev = e.hash;
    }
}

QVector<AuditEntry> SqlStore::auditEntries(qint64 afterSeq, int limit) const
{
    QVector<AuditEntry> out;
    QString statement = QStringLiteral("SELECT %1 FROM audit_log WHERE seq > ? ORDER BY seq").arg(kAuditColumns);
    QVector<QVariant> values{afterSeq};
    if (limit >= 0) {
        statement += QStringLiteral(" LIMIT ?");
        values << limit;
    }
    QSqlQuery q = sql::exec(db(), statement, values);
    while (q.next())
        out.push_back(readAuditEntry(q));
    return out;
}

PersonalDetails SqlStore::revealPersonalData(qint64 incidentId)
{
    PersonalDetails out;
    if (dialect().isPostgres()) {
        // The server checks the right and the scope and names its own login.
        // The request's audit entry is committed before the data comes back.
        {
            WriteTransaction request(*this);
            sql::exec(db(), QStringLiteral("SELECT gd_request_reveal(?)"), {incidentId});
            request.commit();
        }
        QSqlQuery q = sql::exec(db(), QStringLiteral("SELECT phone, id_number FROM gd_reveal(?)"), {incidentId});
        if (q.next()) {
            out.phone = q.value(0).toString();
            out.idNumber = q.value(1).toString();
        }
        return out;
    }
    WriteTransaction tx(*this);
    if (m_signedIn && !m_signedIn->personalData)
        throw StoreError(StoreError::Kind::Invalid, tr("%1 has no right to see personal data").arg(m_signedIn->username));
    QSqlQuery q = sql::exec(db(), QStringLiteral("SELECT reporter_phone, reporter_id_number FROM incidents WHERE fid = ?"),
                            {incidentId});
    if (!q.next())
        throw StoreError(StoreError::Kind::NotFound, tr("incident %1 does not exist").arg(incidentId));
    out.phone = q.value(0).toString();
    out.idNumber = q.value(1).toString();
    q.finish();
    appendAudit(QStringLiteral("reveal"), QStringLiteral("incidents"), incidentId,
                QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("fields"), QStringLiteral("reporter_phone,reporter_id_number")}})
                                      .toJson(QJsonDocument::Compact)));
    tx.commit();
    return out;
}

void SqlStore::appendAudit(const QString &action, const QString &table, qint64 rowId, const QString &after)
{
    // Sealed (with the session's user) when the caller's transaction commits.
    sql::exec(db(), QStringLiteral(
        "INSERT INTO audit_log (at, action, table_name, row_id, after) VALUES (?, ?, ?, ?, ?)"),
        {sql::toDbTime(QDateTime::currentDateTimeUtc()), action, table, rowId > 0 ? QVariant(rowId) : QVariant(), after});
}

} // namespace griddesk
