#include "SqlHelpers.h"
#include "StoreError.h"

#include <QDateTime>
#include <QDebug>
#include <QLoggingCategory>
#include <QSqlError>

namespace griddesk::sql {

// Off by default; QT_LOGGING_RULES="griddesk.sql.debug=true" shows failing statements.
Q_LOGGING_CATEGORY(lcSql, "griddesk.sql", QtWarningMsg)

namespace {
[[noreturn]] void fail(const QString &statement, const QSqlError &err)
{
    // The user sees what SQLite said; the statement goes to the diagnostic log.
    qCDebug(lcSql) << "SQL failed:" << err.text() << "--" << statement.simplified().left(200);
    const QString said = err.databaseText().isEmpty() ? err.text() : err.databaseText();
    throw StoreError(StoreError::Kind::Io, QStringLiteral("SQLite: %1").arg(said));
}
} // namespace

QSqlQuery exec(QSqlDatabase &db, const QString &statement, const QVector<QVariant> &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        fail(statement, q.lastError());
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec())
        fail(statement, q.lastError());
    return q;
}

void execRaw(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement))
        fail(statement, q.lastError());
}

void expectAffected(const QSqlQuery &q, int expected, const QString &what)
{
    if (q.numRowsAffected() != expected)
        throw StoreError(StoreError::Kind::Conflict,
                         QStringLiteral("%1: expected %2 changed row(s), got %3")
                             .arg(what)
                             .arg(expected)
                             .arg(q.numRowsAffected()));
}

QVariant toDbTime(const QDateTime &t)
{
    if (!t.isValid())
        return QVariant();
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime fromDbTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.toUTC();
}

Transaction::Transaction(QSqlDatabase &db)
    : m_db(db)
{
    execRaw(m_db, QStringLiteral("BEGIN IMMEDIATE"));
}

Transaction::~Transaction()
{
    if (!m_done) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit()
{
    execRaw(m_db, QStringLiteral("COMMIT"));
    m_done = true;
}

} // namespace griddesk::sql
