#pragma once
// griddesk-admin incident add|list: report an incident from a shell or script.

#include <QStringList>

namespace griddesk::cli {
int runIncident(const QStringList &args);
}
