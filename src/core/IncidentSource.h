#pragma once
// Where a report came from.

#include <QString>
#include <QVector>

namespace griddesk {

enum class IncidentSource { GridWorker, Phone, Visit, Hotline12345, Online };

namespace incidentsource {

const QVector<IncidentSource> &all();
QString code(IncidentSource s);
bool fromCode(const QString &code, IncidentSource *s);
QString displayName(IncidentSource s); // translated

} // namespace incidentsource
} // namespace griddesk
