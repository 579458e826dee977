#pragma once
// Connections to a GridDesk PostgreSQL/PostGIS server from a libpq-style
// connection string ("host=… port=… dbname=… user=… password=…").

#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace griddesk::pgconnection {

// Opens a QPSQL connection under `name`; throws StoreError naming the server
// (never the password) when it cannot.
QSqlDatabase open(const QString &conninfo, const QString &name);
// The keyword/value pairs of a libpq connection string, read by libpq
// itself; empty when it is not valid.
QMap<QString, QString> parameters(const QString &conninfo);
// The same, with libpq's reason when the string is not valid.
bool parse(const QString &conninfo, QMap<QString, QString> *out, QString *error);
// Whether a connection is encrypted, as the server sees it.
bool isEncrypted(QSqlDatabase &db);
// user@host:port/database, for the status bar.
QString shortName(const QString &conninfo);
// Session settings every GridDesk connection uses (UTC times).
void prepareSession(QSqlDatabase &db);
// Whether a connection is open, sound and outside any transaction: fit to
// be used again for another call.
bool isIdle(QSqlDatabase &db);
// Opens a lost connection again with the same settings; false while the
// server cannot be reached.
bool reopen(QSqlDatabase &db);
// A value quoted as libpq reads it (spaces, ' and \\ survive).
QString quoted(const QString &value);
// The connection string with any password replaced by "***", for messages.
QString describe(const QString &conninfo);

} // namespace griddesk::pgconnection
