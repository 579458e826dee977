#pragma once
// The GeoPackage's import writer: one prepared SQLite statement bound and
// stepped per row, on the session's own connection (so the spatial
// functions of the R-tree triggers are there).
//
// A large import (more rows than a tenth of those the register holds) is a
// bulk load: the register's indexes and triggers are set aside for it
// (TableBulkLoad), the rows go in bare, and at the end the indexes are
// built from sorted keys and the R-tree is packed anew (RtreePack). The
// triggers set aside would have written nothing for the import's rows: the
// change feed and the audit log record an import once, by its batch.

#include "ImportWriter.h"
#include "RtreePack.h"
#include "TableBulkLoad.h"

#include <optional>

struct sqlite3_stmt;

namespace griddesk {

class GpkgImportWriter final : public ImportWriter
{
public:
    GpkgImportWriter(SqlSession &session, RegisterKind kind, qint64 expectedRows);
    ~GpkgImportWriter() override;
    QByteArray encode(const RegisterRecord &record) const override;
    void write(const QVector<ImportRow> &rows) override;
    void finish() override;

    // Whether an import of `rows` into a register holding `stored` is loaded in bulk.
    static bool loadsInBulk(qint64 rows, qint64 stored);

private:
    SqlSession &m_session;
    RegisterKind m_kind;
    static constexpr int kRows = 16;
    sqlite3_stmt *m_insert = nullptr;     // one row
    sqlite3_stmt *m_insertMany = nullptr; // kRows rows
    int m_columns = 0;
    QString m_actor;
    QVariant m_now;
    QByteArray m_actorUtf8, m_nowUtf8; // as encode() writes them
    QVariant m_null;
    int m_cacheSize = -2000; // the connection's own, put back afterwards
    bool m_bulk = false;
    std::optional<TableBulkLoad> m_load; // set up by the first write, inside the transaction
    QVector<RtreeBox> m_boxes;           // the written rows' boxes, for the R-tree
};

} // namespace griddesk
