#pragma once
// One row of the audit log: who did what to which row, when, with the row
// before and after (JSON text), chained to the previous row by SHA-256.

#include <QString>

#include <optional>

namespace griddesk {

struct AuditEntry {
    qint64 seq = 0;
    QString at;        // UTC, "2026-11-26T08:30:00.123Z"
    QString actor;     // the database login, or the local user
    QString action;    // insert, update, delete, reveal, login, …
    QString table;     // the table written or read
    std::optional<qint64> rowId; // none when the row has no id (settings); 0 is an id
    QString before;    // JSON, empty for inserts
    QString after;     // JSON, empty for deletes
    QString prevHash;  // hex SHA-256 of the previous entry
    QString hash;      // hex SHA-256 over prevHash and this entry's fields; empty until sealed
};

} // namespace griddesk
