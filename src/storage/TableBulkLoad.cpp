#include "TableBulkLoad.h"
#include "SqlHelpers.h"
#include "StoreError.h"

#include <sqlite3.h>

namespace griddesk {

namespace {

void run(sqlite3 *db, const QString &sql, const QString &what)
{
    const QByteArray text = sql.toUtf8();
    if (sqlite3_exec(db, text.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        throw StoreError(StoreError::Kind::Io, QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db))));
}

} // namespace

TableBulkLoad::TableBulkLoad(sqlite3 *db, const QString &table, const QStringList &keep)
    : m_db(db)
    , m_table(table)
{
    sqlite3_stmt *s = nullptr;
    // Indexes SQLite made for a constraint have no statement and stay.
    const char *sql = "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') "
                      "AND sql IS NOT NULL";
    if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK)
        throw StoreError(StoreError::Kind::Io, QStringLiteral("%1: %2").arg(table, QString::fromUtf8(sqlite3_errmsg(db))));
    const QByteArray name = table.toUtf8();
    sqlite3_bind_text(s, 1, name.constData(), name.size(), SQLITE_TRANSIENT);
    while (sqlite3_step(s) == SQLITE_ROW) {
        const QString type = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
        std::pair<QString, QString> item{QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 1))),
                                         QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 2)))};
        if (type == QLatin1String("trigger"))
            m_triggers.push_back(std::move(item));
        else if (!keep.contains(item.first))
            m_indexes.push_back(std::move(item));
    }
    sqlite3_finalize(s);
    for (const auto &[n, statement] : m_triggers)
        run(db, QStringLiteral("DROP TRIGGER %1").arg(sql::identifier(n)), QStringLiteral("set trigger %1 aside").arg(n));
    for (const auto &[n, statement] : m_indexes)
        run(db, QStringLiteral("DROP INDEX %1").arg(sql::identifier(n)), QStringLiteral("set index %1 aside").arg(n));
}

void TableBulkLoad::restore()
{
    for (const auto &[n, statement] : m_indexes)
        run(m_db, statement, QStringLiteral("build index %1 of %2").arg(n, m_table));
    for (const auto &[n, statement] : m_triggers)
        run(m_db, statement, QStringLiteral("create trigger %1 of %2").arg(n, m_table));
    m_indexes.clear();
    m_triggers.clear();
}

} // namespace griddesk
