#pragma once
// The GeoPackage's import writer: one prepared SQLite statement bound and
// stepped per row, on the session's own connection (so the spatial
// functions of the R-tree triggers are there).

#include "ImportWriter.h"

struct sqlite3_stmt;

namespace griddesk {

class GpkgImportWriter final : public ImportWriter
{
public:
    GpkgImportWriter(SqlSession &session, RegisterKind kind);
    ~GpkgImportWriter() override;
    void write(const QVector<RegisterRecord> &records, const QVector<qint64> &rowNumbers) override;

private:
    SqlSession &m_session;
    RegisterKind m_kind;
    sqlite3_stmt *m_insert = nullptr;
    QString m_actor;
    QVariant m_now;
    int m_cacheSize = -2000; // the connection's own, put back afterwards
};

} // namespace griddesk
