#pragma once
// A validation failure that names the field (and row, for batches) at fault.

#include <QString>
#include <QStringList>
#include <QVector>

namespace griddesk {

struct FieldError {
    QString field;
    QString message;
    int row = -1; // -1 when not part of a batch

    QString toString() const
    {
        return row >= 0 ? QStringLiteral("row %1, %2: %3").arg(row).arg(field, message)
                        : QStringLiteral("%1: %2").arg(field, message);
    }
};

// One line per error; long lists are cut after `maxLines` with a count of the rest.
inline QString joinErrors(const QVector<FieldError> &errors, int maxLines = 20)
{
    QStringList lines;
    for (int i = 0; i < errors.size() && i < maxLines; ++i)
        lines << errors[i].toString();
    if (errors.size() > maxLines)
        lines << QStringLiteral("... and %1 more").arg(errors.size() - maxLines);
    return lines.join(QLatin1Char('\n'));
}

} // namespace griddesk
