#include "ImportWriter.h"
#include "GpkgImportWriter.h"
#include "PgImportWriter.h"
#include "SqlSession.h"

namespace griddesk {

std::unique_ptr<ImportWriter> ImportWriter::create(SqlSession &session, RegisterKind kind)
{
    if (session.dialect().isPostgres())
        return std::make_unique<PgImportWriter>(session, kind);
    return std::make_unique<GpkgImportWriter>(session, kind);
}

} // namespace griddesk
