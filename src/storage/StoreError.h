#pragma once
// The one exception type of the storage layer. Its message names the file,
// table or field at fault and is fit to show to a user.

#include "FieldError.h"

#include <QString>
#include <QVector>

#include <stdexcept>

namespace griddesk {

class StoreError : public std::runtime_error
{
public:
    // Unavailable: the server cannot be reached now (restart, network); the
    // same call may succeed once the connection is back.
    // Busy: another session holds a lock this call waited for in vain;
    // nothing was written, and the same call may succeed shortly.
    enum class Kind { NotFound, NotADatabase, SchemaTooNew, Invalid, Io, Conflict, Unavailable, Busy };

    StoreError(Kind kind, const QString &message, QVector<FieldError> fields = {})
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_message(message)
        , m_fields(std::move(fields))
    {
    }

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    const QVector<FieldError> &fieldErrors() const { return m_fields; }

private:
    Kind m_kind;
    QString m_message;
    QVector<FieldError> m_fields;
};

} // namespace griddesk
