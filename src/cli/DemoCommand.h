#pragma once
// griddesk-admin demo [PATH] [--force]: creates the demo township database.

#include <QStringList>

namespace griddesk::cli {
int runDemo(const QStringList &args);
}
