#pragma once
// Small helpers that turn QtSql failures into StoreError, and a transaction
// guard that rolls back unless committed.

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVector>

namespace griddesk::sql {

// Prepares, binds positional values and executes; throws StoreError on failure.
QSqlQuery exec(QSqlDatabase &db, const QString &statement, const QVector<QVariant> &values = {});
// Throws the StoreError that fits a failed statement: Unavailable when the
// server is gone, Conflict for serialization failures, Io otherwise.
[[noreturn]] void fail(const QSqlDatabase &db, const QString &statement, const QSqlError &err);
// Executes DDL or a pragma that takes no parameters.
void execRaw(QSqlDatabase &db, const QString &statement);
// Throws unless the last statement changed exactly `expected` rows.
void expectAffected(const QSqlQuery &q, int expected, const QString &what);

// Text for a NOT NULL column: a null QString binds as '' rather than NULL.
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(s);
}

// ISO 8601 UTC text as GeoPackage DATETIME wants: 2026-11-26T08:30:00.000Z
// A name for SQL text, double-quoted (inner quotes doubled), for names
// that come from GridDesk's own schema code.
QString identifier(const QString &name);

QVariant toDbTime(const QDateTime &t);
QDateTime fromDbTime(const QVariant &v); // also as read with SqlDialect::bulkText
// Text read with SqlDialect::bulkText (or plainly).
QString fromDbText(const QVariant &v);

class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db); // BEGIN IMMEDIATE: take the write lock up front
    ~Transaction();
    void commit();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

private:
    QSqlDatabase &m_db;
    bool m_done = false;
};

} // namespace griddesk::sql
