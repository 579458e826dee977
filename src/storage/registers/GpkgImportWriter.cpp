#include "GpkgImportWriter.h"
#include "Compat.h"
#include "RegisterRows.h"
#include "SqlHelpers.h"
#include "SqlSession.h"
#include "SqliteHandle.h"
#include "StoreError.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace griddesk {

namespace {

[[noreturn]] void fail(sqlite3 *db, const QString &what)
{
    throw StoreError(StoreError::Kind::Io, QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db))));
}

void bindValue(sqlite3_stmt *s, int i, const QVariant &v, QByteArray &scratch)
{
    if (v.isNull() || !v.isValid()) {
        sqlite3_bind_null(s, i);
        return;
    }
    switch (compat::variantTypeId(v)) {
    case QMetaType::QByteArray: {
        const QByteArray b = v.toByteArray();
        sqlite3_bind_blob(s, i, b.constData(), b.size(), SQLITE_TRANSIENT);
        return;
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        sqlite3_bind_int64(s, i, v.toLongLong());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(s, i, v.toDouble());
        return;
    default:
        scratch = v.toString().toUtf8();
        sqlite3_bind_text(s, i, scratch.constData(), scratch.size(), SQLITE_TRANSIENT);
    }
}

} // namespace

GpkgImportWriter::GpkgImportWriter(SqlSession &session, RegisterKind kind)
    : m_session(session)
    , m_kind(kind)
    , m_actor(session.actor())
    , m_now(sql::toDbTime(QDateTime::currentDateTimeUtc()))
{
    sqlite3 *db = sqlitehandle::of(session.db());
    // A large import touches its indexes all over: with the default 2 MB
    // page cache SQLite would spill and re-read pages through the WAL on
    // every few rows. 256 MB keeps a million rows' pages in memory until
    // the commit writes them once.
    if (db) {
        sqlite3_stmt *pragma = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cache_size", -1, &pragma, nullptr) == SQLITE_OK && sqlite3_step(pragma) == SQLITE_ROW)
            m_cacheSize = sqlite3_column_int(pragma, 0);
        sqlite3_finalize(pragma);
        sqlite3_exec(db, "PRAGMA cache_size = -262144", nullptr, nullptr, nullptr);
        // Each insert fires triggers, so SQLite keeps a statement journal
        // for it: in memory, not a temporary file written row by row.
        sqlite3_exec(db, "PRAGMA temp_store = MEMORY", nullptr, nullptr, nullptr);
    }
    const QByteArray statement = registerrows::insertStatement(registercatalog::spec(kind), session.dialect()).toUtf8();
    if (!db || sqlite3_prepare_v2(db, statement.constData(), statement.size(), &m_insert, nullptr) != SQLITE_OK)
        fail(db, QStringLiteral("prepare the import"));
}

GpkgImportWriter::~GpkgImportWriter()
{
    sqlite3_finalize(m_insert);
    if (sqlite3 *db = sqlitehandle::of(m_session.db())) {
        sqlite3_exec(db, QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize).toUtf8().constData(), nullptr, nullptr, nullptr);
        sqlite3_exec(db, "PRAGMA temp_store = DEFAULT", nullptr, nullptr, nullptr);
    }
}

void GpkgImportWriter::write(const QVector<RegisterRecord> &records, const QVector<qint64> &rowNumbers)
{
    sqlite3 *db = sqlitehandle::of(m_session.db());
    QByteArray scratch;
    for (int n = 0; n < records.size(); ++n) {
        const QVector<QVariant> values = registerrows::insertValues(records[n], m_session.dialect(), m_actor, m_now);
        for (int i = 0; i < values.size(); ++i)
            bindValue(m_insert, i + 1, values[i], scratch);
        const int rc = sqlite3_step(m_insert);
        sqlite3_reset(m_insert);
        if (rc != SQLITE_DONE)
            fail(db, QCoreApplication::translate("RegisterImport", "row %1").arg(rowNumbers.value(n)));
    }
}

} // namespace griddesk
