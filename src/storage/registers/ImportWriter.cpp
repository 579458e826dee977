#include "ImportWriter.h"
#include "GpkgImportWriter.h"
#include "PgImportWriter.h"
#include "SqlSession.h"

namespace griddesk {

QByteArray ImportWriter::encode(const RegisterRecord &) const
{
    return {};
}

std::unique_ptr<ImportWriter> ImportWriter::create(SqlSession &session, RegisterKind kind, qint64 expectedRows)
{
    if (session.dialect().isPostgres())
        return std::make_unique<PgImportWriter>(session, kind);
    return std::make_unique<GpkgImportWriter>(session, kind, expectedRows);
}

} // namespace griddesk
