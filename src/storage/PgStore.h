#pragma once
// The PostgreSQL/PostGIS backend of the Store: the district server that
// a township centre and its departments share. Same schema, same SQL as the
// GeoPackage (one Store over either); geometry travels as WKB in EPSG:4490.

#include "Store.h"

#include <QCoreApplication>

#include <memory>

namespace griddesk {

class PgStore final
{
    Q_DECLARE_TR_FUNCTIONS(PgStore)

public:
    // Connects with a libpq-style conninfo ("host=… port=… dbname=… user=…
    // password=…"). The server must have the GridDesk schema (`griddesk-admin
    // db init --pg`). Throws StoreError; messages never show the password.
    static std::unique_ptr<Store> open(const QString &conninfo);
};

} // namespace griddesk
