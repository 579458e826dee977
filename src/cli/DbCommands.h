#pragma once
// griddesk-admin db info|migrate PATH: inspect and upgrade a database.

#include <QStringList>

namespace griddesk::cli {
int runDb(const QStringList &args);
}
