#include "PgConnection.h"
#include "StoreError.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace griddesk::pgconnection {

// libpq's keyword/value syntax: key = value pairs separated by spaces; a
// value in single quotes may hold spaces, with \' and \\ escaped.
QMap<QString, QString> parameters(const QString &conninfo)
{
    QMap<QString, QString> out;
    int i = 0;
    const int n = conninfo.size();
    auto skipSpace = [&] {
        while (i < n && conninfo.at(i).isSpace())
            ++i;
    };
    while (true) {
        skipSpace();
        if (i >= n)
            break;
        const int keyStart = i;
        while (i < n && conninfo.at(i) != QLatin1Char('=') && !conninfo.at(i).isSpace())
            ++i;
        const QString key = conninfo.mid(keyStart, i - keyStart);
        skipSpace();
        if (i >= n || conninfo.at(i) != QLatin1Char('='))
            break; // not key=value: ignored, the connection then names what is missing
        ++i;
        skipSpace();
        QString value;
        if (i < n && conninfo.at(i) == QLatin1Char('\'')) {
            ++i;
            while (i < n && conninfo.at(i) != QLatin1Char('\'')) {
                if (conninfo.at(i) == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value += conninfo.at(i++);
            }
            ++i; // the closing quote
        } else {
            while (i < n && !conninfo.at(i).isSpace()) {
                if (conninfo.at(i) == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value += conninfo.at(i++);
            }
        }
        out.insert(key, value);
    }
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
    const QMap<QString, QString> p = parameters(conninfo);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        throw StoreError(StoreError::Kind::Io, QStringLiteral("the Qt PostgreSQL driver (QPSQL) is not installed"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(p.value(QStringLiteral("host"), QStringLiteral("localhost")));
    db.setPort(p.value(QStringLiteral("port"), QStringLiteral("5432")).toInt());
    db.setDatabaseName(p.value(QStringLiteral("dbname")));
    db.setUserName(p.value(QStringLiteral("user")));
    db.setPassword(p.value(QStringLiteral("password")));
    QStringList options;
    for (const QString &key : {QStringLiteral("sslmode"), QStringLiteral("connect_timeout"), QStringLiteral("application_name")})
        if (p.contains(key))
            options << QStringLiteral("%1=%2").arg(key, p.value(key));
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

void prepareSession(QSqlDatabase &db)
{
    // Times travel as UTC both ways; the console converts for display.
    QSqlQuery(db).exec(QStringLiteral("SET TIME ZONE 'UTC'"));
}

} // namespace griddesk::pgconnection
