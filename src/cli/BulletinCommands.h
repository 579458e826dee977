#pragma once
// griddesk-admin bulletin publish|list|withdraw: security bulletins (治安预警)
// from a shell, through the same store as the console.

#include <QStringList>

namespace griddesk::cli {
int runBulletin(const QStringList &args);
}
