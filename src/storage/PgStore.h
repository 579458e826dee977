#pragma once
// The PostgreSQL/PostGIS backend of the Store API: the district server that
// a township centre and its departments share. Same schema, same SQL as the
// GeoPackage (SqlStore); geometry travels as WKB in EPSG:4490.

#include "SqlStore.h"

#include <memory>

namespace griddesk {

class PgStore final : public SqlStore
{
    Q_DECLARE_TR_FUNCTIONS(PgStore)

public:
    // Connects with a libpq-style conninfo ("host=… port=… dbname=… user=…
    // password=…"). The server must have the GridDesk schema (`griddesk-admin
    // db init --pg`). Throws StoreError; messages never show the password.
    static std::unique_ptr<PgStore> open(const QString &conninfo);

    int schemaVersion() const override;
    bool reconnect() override;
    bool releaseStalls() override;

    QString conninfo() const { return m_conninfo; }

private:
    PgStore(QString conninfo, QString connection);
    QString m_conninfo;
};

} // namespace griddesk
