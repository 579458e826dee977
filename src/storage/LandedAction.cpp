#include "LandedAction.h"
#include "IncidentStore.h"

namespace griddesk {

std::optional<Incident> landedAction(const IncidentStore &store, qint64 incidentId, const QString &actionCode, const QDateTime &at)
{
    std::optional<Incident> current = store.incident(incidentId);
    for (int hops = 0; current && hops < 16; ++hops) {
        for (const IncidentHistoryEntry &h : store.history(current->id))
            if (h.action == actionCode && h.at == at)
                return current;
        if (current->state != IncidentState::Merged || current->masterId <= 0)
            break;
        current = store.incident(current->masterId);
    }
    return std::nullopt;
}

} // namespace griddesk
