#include "IncidentSource.h"

#include <QCoreApplication>

namespace griddesk::incidentsource {

const QVector<IncidentSource> &all()
{
    static const QVector<IncidentSource> sources = {IncidentSource::GridWorker, IncidentSource::Phone,
                                                    IncidentSource::Visit, IncidentSource::Hotline12345,
                                                    IncidentSource::Online};
    return sources;
}

QString code(IncidentSource s)
{
    switch (s) {
    case IncidentSource::GridWorker: return QStringLiteral("grid_worker");
    case IncidentSource::Phone: return QStringLiteral("phone");
    case IncidentSource::Visit: return QStringLiteral("visit");
    case IncidentSource::Hotline12345: return QStringLiteral("hotline_12345");
    case IncidentSource::Online: return QStringLiteral("online");
    }
    return {};
}

bool fromCode(const QString &value, IncidentSource *s)
{
    for (IncidentSource candidate : all()) {
        if (code(candidate) == value) {
            if (s)
                *s = candidate;
            return true;
        }
    }
    return false;
}

QString displayName(IncidentSource s)
{
    switch (s) {
    case IncidentSource::GridWorker: return QCoreApplication::translate("IncidentSource", "Grid worker");
    case IncidentSource::Phone: return QCoreApplication::translate("IncidentSource", "Phone");
    case IncidentSource::Visit: return QCoreApplication::translate("IncidentSource", "Walk-in visit");
    case IncidentSource::Hotline12345: return QCoreApplication::translate("IncidentSource", "12345 hotline");
    case IncidentSource::Online: return QCoreApplication::translate("IncidentSource", "Online");
    }
    return {};
}

} // namespace griddesk::incidentsource
