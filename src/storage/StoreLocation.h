#pragma once
// Where a township's data lives, as one string: a GeoPackage file path, or
// "pg:" followed by a libpq connection string for a PostgreSQL/PostGIS server
// (pg:host=… port=… dbname=… user=…).

#include "SqlStore.h"

#include <QString>

#include <memory>

namespace griddesk::storelocation {

bool isServer(const QString &location);
// The connection string of a server location.
QString conninfo(const QString &location);
// For messages: the path, or the server with any password hidden.
QString describe(const QString &location);
// Short and readable: the file name, or user@host:port/database.
QString displayName(const QString &location);
// Opens the store (a local file read-only when asked: a fresh connection that
// writes nothing). Throws StoreError.
std::unique_ptr<SqlStore> open(const QString &location, bool readOnly = false);

} // namespace griddesk::storelocation
