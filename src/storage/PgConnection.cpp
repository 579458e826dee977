#include "PgConnection.h"
#include "StoreError.h"

#include <QMap>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <libpq-fe.h>

namespace griddesk::pgconnection {

QString quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

namespace {
// What the console passes on to libpq besides host, port, database, user
// and password: encryption and server verification above all.
const QStringList &passedOn()
{
    static const QStringList keys = {
        QStringLiteral("sslmode"),     QStringLiteral("sslrootcert"),        QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),      QStringLiteral("sslcrl"),             QStringLiteral("channel_binding"),
        QStringLiteral("gssencmode"),  QStringLiteral("target_session_attrs"), QStringLiteral("connect_timeout"),
        QStringLiteral("application_name")};
    return keys;
}
} // namespace

bool parse(const QString &conninfo, QMap<QString, QString> *out, QString *error)
{
    char *message = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.toUtf8().constData(), &message);
    if (!options) {
        if (error)
            *error = message ? QString::fromUtf8(message).trimmed() : QStringLiteral("out of memory");
        PQfreemem(message);
        return false;
    }
    for (PQconninfoOption *o = options; o->keyword; ++o)
        if (o->val)
            out->insert(QString::fromLatin1(o->keyword), QString::fromUtf8(o->val));
    PQconninfoFree(options);
    return true;
}

QMap<QString, QString> parameters(const QString &conninfo)
{
    QMap<QString, QString> out;
    parse(conninfo, &out, nullptr);
    return out;
}

QString shortName(const QString &conninfo)
{
    const QMap<QString, QString> p = parameters(conninfo);
    return QStringLiteral("%1@%2:%3/%4")
        .arg(p.value(QStringLiteral("user")), p.value(QStringLiteral("host"), QStringLiteral("localhost")),
             p.value(QStringLiteral("port"), QStringLiteral("5432")), p.value(QStringLiteral("dbname")));
}

QString describe(const QString &conninfo)
{
    QStringList parts;
    const QMap<QString, QString> p = parameters(conninfo);
    for (auto it = p.cbegin(); it != p.cend(); ++it)
        parts << QStringLiteral("%1=%2").arg(it.key(), it.key() == QLatin1String("password") ? QStringLiteral("***") : it.value());
    return parts.join(QLatin1Char(' '));
}

QSqlDatabase open(const QString &conninfo, const QString &name)
{
    QMap<QString, QString> p;
    QString parseError;
    if (!parse(conninfo, &p, &parseError))
        throw StoreError(StoreError::Kind::Invalid, QStringLiteral("the connection string is not valid: %1").arg(parseError));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        throw StoreError(StoreError::Kind::Io, QStringLiteral("the Qt PostgreSQL driver (QPSQL) is not installed"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(p.value(QStringLiteral("host"), QStringLiteral("localhost")));
    db.setPort(p.value(QStringLiteral("port"), QStringLiteral("5432")).toInt());
    db.setDatabaseName(p.value(QStringLiteral("dbname")));
    db.setUserName(p.value(QStringLiteral("user")));
    db.setPassword(p.value(QStringLiteral("password")));
    QStringList options;
    for (const QString &key : passedOn())
        if (p.contains(key))
            options << QStringLiteral("%1=%2").arg(key, quoted(p.value(key)));
    if (!p.contains(QStringLiteral("connect_timeout")))
        options << QStringLiteral("connect_timeout=5");
    // A network that drops silently is noticed within seconds, not at the
    // operating system's TCP timeout: keepalives, and a bound on how long
    // sent data may stay unacknowledged.
    options << QStringLiteral("keepalives=1") << QStringLiteral("keepalives_idle=10")
            << QStringLiteral("keepalives_interval=3") << QStringLiteral("keepalives_count=3")
            << QStringLiteral("tcp_user_timeout=10000");
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        const QString err = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw StoreError(StoreError::Kind::Unavailable,
                         QStringLiteral("cannot connect to %1: %2").arg(describe(conninfo), err.trimmed()));
    }
    prepareSession(db);
    return db;
}

bool reopen(QSqlDatabase &db)
{
    db.close();
    if (!db.open())
        return false;
    prepareSession(db);
    return true;
}

bool isIdle(QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return false;
    const QVariant handle = db.driver()->handle();
    // The driver's handle is named after the typedef in Qt 5, after the struct in Qt 6.
    if (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0)
        return false;
    auto *conn = *static_cast<PGconn *const *>(handle.constData());
    return conn && PQstatus(conn) == CONNECTION_OK && PQtransactionStatus(conn) == PQTRANS_IDLE;
}

bool isEncrypted(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) && q.next() && q.value(0).toBool();
}

void prepareSession(QSqlDatabase &db)
{
    // Times travel as UTC both ways; the console converts for display.
    QSqlQuery(db).exec(QStringLiteral("SET TIME ZONE 'UTC'"));
}

} // namespace griddesk::pgconnection
