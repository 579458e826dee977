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
// The keyword/value pairs of a libpq connection string (single-quoted
// values with spaces, \' and \\ escapes), as libpq reads them.
QMap<QString, QString> parameters(const QString &conninfo);
// user@host:port/database, for the status bar.
QString shortName(const QString &conninfo);
// Session settings every GridDesk connection uses (UTC times).
void prepareSession(QSqlDatabase &db);
// Opens a lost connection again with the same settings; false while the
// server cannot be reached.
bool reopen(QSqlDatabase &db);
// The connection string with any password replaced by "***", for messages.
QString describe(const QString &conninfo);

} // namespace griddesk::pgconnection
