#pragma once
// Sets a SQLite table's indexes and triggers aside for a bulk load and puts
// them back afterwards, so that each index is built once from sorted keys
// instead of being updated row by row. Both steps run in the caller's
// transaction: a rollback, or a killed process, leaves the schema and the
// rows exactly as they were.
//
// Only for loads that insert: the triggers set aside include those that
// keep the change feed, the audit log and the R-tree, so the caller writes
// what they would have written (see RtreePack for the R-tree).

#include <QString>
#include <QStringList>
#include <QVector>

#include <utility>

struct sqlite3;

namespace griddesk {

class TableBulkLoad
{
public:
    // `keep`: indexes that stay, those the load appends to at their end
    // (as an index of the load's own batch number). Throws StoreError.
    TableBulkLoad(sqlite3 *db, const QString &table, const QStringList &keep = {});

    // Builds the indexes and creates the triggers again. Throws StoreError
    // naming the index when it cannot be built (a unique key taken twice).
    void restore();

private:
    sqlite3 *m_db;
    QString m_table;
    QVector<std::pair<QString, QString>> m_indexes, m_triggers; // name, statement
};

} // namespace griddesk
