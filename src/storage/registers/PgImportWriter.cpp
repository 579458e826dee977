#include "PgImportWriter.h"
#include "RegisterRows.h"
#include "SqlSession.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QSqlError>

namespace griddesk {

namespace {

constexpr int kBatch = 100;

} // namespace

PgImportWriter::PgImportWriter(SqlSession &session, RegisterKind kind)
    : m_session(session)
    , m_kind(kind)
{
}

QString PgImportWriter::statement(int rows) const
{
    return registerrows::insertStatement(registercatalog::spec(m_kind), m_session.dialect(), rows);
}

void PgImportWriter::write(const QVector<ImportRow> &records)
{
    for (int from = 0; from < records.size(); from += kBatch) {
        const int rows = qMin(kBatch, records.size() - from);
        std::unique_ptr<QSqlQuery> partial;
        QSqlQuery *q = nullptr;
        if (rows == kBatch) {
            if (!m_full) {
                m_full = std::make_unique<QSqlQuery>(m_session.db());
                m_full->prepare(statement(kBatch));
            }
            q = m_full.get();
        } else {
            partial = std::make_unique<QSqlQuery>(m_session.db());
            partial->prepare(statement(rows));
            q = partial.get();
        }
        int i = 0;
        for (int n = from; n < from + rows; ++n)
            for (const QVariant &v : registerrows::insertValues(records[n].record, m_session.dialect(), {}, {}))
                q->bindValue(i++, v);
        if (!q->exec())
            throw StoreError(StoreError::Kind::Invalid,
                             QCoreApplication::translate("RegisterImport", "rows %1 to %2: %3")
                                 .arg(records[from].number)
                                 .arg(records[from + rows - 1].number)
                                 .arg(q->lastError().databaseText()));
    }
}

} // namespace griddesk
