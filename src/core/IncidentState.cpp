#include "IncidentState.h"

#include <QCoreApplication>

namespace griddesk::incidentstate {

const QVector<IncidentState> &all()
{
    static const QVector<IncidentState> states = {IncidentState::Reported, IncidentState::Accepted,
                                                  IncidentState::Dispatched, IncidentState::Handling,
                                                  IncidentState::Replied, IncidentState::Verified,
                                                  IncidentState::Closed, IncidentState::Rejected,
                                                  IncidentState::Merged};
    return states;
}

QString code(IncidentState s)
{
    switch (s) {
    case IncidentState::Reported: return QStringLiteral("reported");
    case IncidentState::Accepted: return QStringLiteral("accepted");
    case IncidentState::Dispatched: return QStringLiteral("dispatched");
    case IncidentState::Handling: return QStringLiteral("handling");
    case IncidentState::Replied: return QStringLiteral("replied");
    case IncidentState::Verified: return QStringLiteral("verified");
    case IncidentState::Closed: return QStringLiteral("closed");
    case IncidentState::Rejected: return QStringLiteral("rejected");
    case IncidentState::Merged: return QStringLiteral("merged");
    }
    return {};
}

bool fromCode(const QString &value, IncidentState *s)
{
    for (IncidentState candidate : all()) {
        if (code(candidate) == value) {
            if (s)
                *s = candidate;
            return true;
        }
    }
    return false;
}

QString displayName(IncidentState s)
{
    switch (s) {
    case IncidentState::Reported: return QCoreApplication::translate("IncidentState", "Awaiting acceptance");
    case IncidentState::Accepted: return QCoreApplication::translate("IncidentState", "Accepted");
    case IncidentState::Dispatched: return QCoreApplication::translate("IncidentState", "Dispatched");
    case IncidentState::Handling: return QCoreApplication::translate("IncidentState", "Being handled");
    case IncidentState::Replied: return QCoreApplication::translate("IncidentState", "Awaiting verification");
    case IncidentState::Verified: return QCoreApplication::translate("IncidentState", "Verified, awaiting closure");
    case IncidentState::Closed: return QCoreApplication::translate("IncidentState", "Closed");
    case IncidentState::Rejected: return QCoreApplication::translate("IncidentState", "Rejected");
    case IncidentState::Merged: return QCoreApplication::translate("IncidentState", "Merged into another case");
    }
    return {};
}

bool isOpen(IncidentState s)
{
    return s != IncidentState::Closed && s != IncidentState::Rejected && s != IncidentState::Merged;
}

} // namespace griddesk::incidentstate
