#pragma once
// Writes an import's good rows into a register, inside the import's
// transaction: on a GeoPackage straight through SQLite's own prepared
// statement (a million rows in seconds), on a server in multi-row INSERTs.

#include "RegisterRecord.h"

#include <memory>

namespace griddesk {

class SqlSession;

class ImportWriter
{
public:
    virtual ~ImportWriter() = default;
    // Throws StoreError naming the row when the database refuses one.
    virtual void write(const QVector<RegisterRecord> &records, const QVector<qint64> &rowNumbers) = 0;

    static std::unique_ptr<ImportWriter> create(SqlSession &session, RegisterKind kind);
};

} // namespace griddesk
