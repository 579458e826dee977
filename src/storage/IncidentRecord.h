#pragma once
// An incident together with its history, as imported in bulk (demo data,
// copies between stores).

#include "Incident.h"
#include "IncidentHistoryEntry.h"

#include <QVector>

namespace griddesk {

struct IncidentRecord {
    Incident incident;
    QVector<IncidentHistoryEntry> history;
};

} // namespace griddesk
