#pragma once
// A photo or document attached to an incident, stored in the database.

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace griddesk {

struct Attachment {
    qint64 id = 0;
    QString fileName;
    QString mimeType;
    QByteArray content; // empty when only the metadata was read
    qint64 size = 0;
    QDateTime addedAt;
    QString addedBy;

    static constexpr qint64 kMaxBytes = 20 * 1024 * 1024; // per file
};

} // namespace griddesk
