#pragma once
// Writes an import's good rows into a register, inside the import's
// transaction: on a GeoPackage straight through SQLite's own prepared
// statement (a large file as a bulk load, see GpkgImportWriter), on a
// server in multi-row INSERTs.

#include "RegisterRecord.h"

#include <QByteArray>

#include <memory>

namespace griddesk {

class SqlSession;

// A checked row on its way into the register: its row number in the file,
// the record, and the record as encode() prepared it for the writer.
struct ImportRow {
    qint64 number = 0;
    RegisterRecord record;
    QByteArray encoded;
};

class ImportWriter
{
public:
    virtual ~ImportWriter() = default;

    // The record in the form write() binds fastest, prepared on the reading
    // thread; empty when the writer binds the record itself. Thread-safe.
    virtual QByteArray encode(const RegisterRecord &record) const;
    // Throws StoreError naming the row when the database refuses one.
    virtual void write(const QVector<ImportRow> &rows) = 0;
    // After the last row, before the commit: whatever a bulk load left for
    // the end (indexes, the R-tree). Throws StoreError.
    virtual void finish() {}

    // `expectedRows`: the rows the file holds (-1 when unknown), which
    // decides whether a bulk load pays off.
    static std::unique_ptr<ImportWriter> create(SqlSession &session, RegisterKind kind, qint64 expectedRows);
};

} // namespace griddesk
