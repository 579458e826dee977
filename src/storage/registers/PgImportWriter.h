#pragma once
// The server's import writer: rows in multi-row INSERTs of up to 100, each
// through the server's own checks, policies and triggers.

#include "ImportWriter.h"

#include <QSqlQuery>

namespace griddesk {

class PgImportWriter final : public ImportWriter
{
public:
    PgImportWriter(SqlSession &session, RegisterKind kind);
    void write(const QVector<ImportRow> &rows) override;

private:
    QString statement(int rows) const;

    SqlSession &m_session;
    RegisterKind m_kind;
    std::unique_ptr<QSqlQuery> m_full; // prepared for a full batch
};

} // namespace griddesk
