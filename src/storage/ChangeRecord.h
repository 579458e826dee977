#pragma once
// One entry of the change feed: a row of a table was inserted, updated or deleted.

#include <QMetaType>
#include <QString>
#include <QVector>

namespace griddesk {

struct ChangeRecord {
    qint64 seq = 0;
    QString table;
    qint64 rowId = 0;
    QChar op; // 'I', 'U' or 'D'
};

} // namespace griddesk

Q_DECLARE_METATYPE(griddesk::ChangeRecord)
