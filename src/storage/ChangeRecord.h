#pragma once
// One entry of the change feed: a row of a table was inserted, updated or deleted.

#include <QMetaType>
#include <QSet>
#include <QString>
#include <QVector>

namespace griddesk {

struct ChangeRecord {
    qint64 seq = 0;
    QString table;
    qint64 rowId = 0;
    QChar op; // 'I', 'U' or 'D'
};

// The ids of the rows of `table` among these changes.
inline QSet<qint64> changedRows(const QVector<ChangeRecord> &changes, const QString &table)
{
    QSet<qint64> ids;
    for (const ChangeRecord &c : changes)
        if (c.table == table)
            ids.insert(c.rowId);
    return ids;
}

} // namespace griddesk

Q_DECLARE_METATYPE(griddesk::ChangeRecord)
