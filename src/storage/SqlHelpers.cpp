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

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

// libpq's words for a connection that is gone (server restart, network drop).
bool connectionLost(const QString &said)
{
    static const char *const kLost[] = {"server closed the connection", "no connection to the server",
                                        "terminating connection", "connection to server", "could not connect",
                                        "could not send data", "could not receive data", "SSL SYSCALL error",
                                        "the database system is shutting down", "the database system is starting up"};
    for (const char *phrase : kLost)
        if (said.contains(QLatin1String(phrase), Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

[[noreturn]] void fail(const QSqlDatabase &db, const QString &statement, const QSqlError &err)
{
    // The user sees what the database said; the statement goes to the diagnostic log.
    qCDebug(lcSql) << "SQL failed:" << err.text() << "--" << statement.simplified().left(200);
    const QString said = (err.databaseText().isEmpty() ? err.text() : err.databaseText()).trimmed();
    if (!isPostgres(db))
        throw StoreError(StoreError::Kind::Io, QStringLiteral("SQLite: %1").arg(said));
    if (err.type() == QSqlError::ConnectionError || !db.isOpen() || connectionLost(err.text()))
        throw StoreError(StoreError::Kind::Unavailable,
                         QStringLiteral("the server %1 cannot be reached (%2)").arg(db.hostName(), said.section(QLatin1Char('\n'), 0, 0)));
    // Serialization failures and deadlocks: someone else wrote the same rows.
    const QString code = err.nativeErrorCode();
    if (code == QLatin1String("40001") || code == QLatin1String("40P01"))
        throw StoreError(StoreError::Kind::Conflict, QStringLiteral("PostgreSQL: %1").arg(said));
    if (code == QLatin1String("55P03"))
        throw StoreError(StoreError::Kind::Busy, QStringLiteral("PostgreSQL: %1").arg(said));
    throw StoreError(StoreError::Kind::Io, QStringLiteral("PostgreSQL: %1").arg(said));
}

QSqlQuery exec(QSqlDatabase &db, const QString &statement, const QVector<QVariant> &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        fail(db, statement, q.lastError());
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec())
        fail(db, statement, q.lastError());
    return q;
}

void execRaw(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement))
        fail(db, statement, q.lastError());
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

QString identifier(const QString &name)
{
    QString s = name;
    s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QVariant toDbTime(const QDateTime &t)
{
    if (!t.isValid())
        return QVariant();
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = int(y - era * 400);
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

// Reads the fixed form we write ("2026-11-26T08:30:00.000Z") without the
// general parser, which dominates reading large queues.
// `at(i)` gives the i-th character's code, for text as QString or as UTF-8.
template<typename At>
bool parseOurTime(int size, At at, QDateTime *out)
{
    if (size != 24 || at(4) != '-' || at(10) != 'T' || at(19) != '.' || at(23) != 'Z')
        return false;
    auto num = [&](int from, int len, bool *ok) {
        int v = 0;
        for (int i = from; i < from + len; ++i) {
            const int digit = int(at(i)) - '0';
            if (digit < 0 || digit > 9)
                *ok = false;
            v = v * 10 + digit;
        }
        return v;
    };
    bool ok = true;
    const int y = num(0, 4, &ok), mo = num(5, 2, &ok), d = num(8, 2, &ok);
    const int h = num(11, 2, &ok), mi = num(14, 2, &ok), se = num(17, 2, &ok), ms = num(20, 3, &ok);
    if (!ok || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 60)
        return false;
    const qint64 msecs = ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60000LL + se * 1000LL + ms;
    *out = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
    return true;
}

} // namespace

QString fromDbText(const QVariant &v)
{
    return v.userType() == QMetaType::QByteArray ? QString::fromUtf8(v.toByteArray()) : v.toString();
}

QDateTime fromDbTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.userType() == QMetaType::QDateTime) // PostgreSQL timestamptz
        return v.toDateTime().toUTC();
    // SqlDialect::bulkTime on the server (Qt's driver reads a positive int8
    // as unsigned).
    if (v.userType() == QMetaType::LongLong || v.userType() == QMetaType::ULongLong)
        return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
    QDateTime fast;
    if (v.userType() == QMetaType::QByteArray) { // SqlDialect::bulkText
        const QByteArray bytes = v.toByteArray();
        if (parseOurTime(int(bytes.size()), [&](int i) { return uchar(bytes.at(i)); }, &fast))
            return fast;
    }
    const QString text = fromDbText(v);
    if (parseOurTime(int(text.size()), [&](int i) { return text.at(i).unicode(); }, &fast))
        return fast;
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.toUTC();
}

Transaction::Transaction(QSqlDatabase &db)
    : m_db(db)
{
    execRaw(m_db, isPostgres(m_db) ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
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
