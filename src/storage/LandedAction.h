#pragma once
// Finds a workflow action that already landed, for a write that is tried
// again after the connection dropped during its commit: its history row is
// on the case itself (a merge's too) or, for an action that went on to a
// merged case's master, on the master. Matched by action and time; the actor
// is not compared, since a server records its own login's name.

#include "Incident.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace griddesk {

class IncidentStore;

// The case whose history holds the action, if it landed.
std::optional<Incident> landedAction(const IncidentStore &store, qint64 incidentId, const QString &actionCode, const QDateTime &at);

} // namespace griddesk
