#pragma once
// A column of a register table written to a file: its name and value type
// (String, Int, LongLong, Double, QDate or Bool).

#include <QMetaType>
#include <QString>

namespace griddesk::tables {

struct TableColumn {
    QString name;
    QMetaType::Type type = QMetaType::QString;
    int width = 0; // text only: the most characters kept (0: the format's own; a Shapefile takes 254 bytes)
};

} // namespace griddesk::tables
