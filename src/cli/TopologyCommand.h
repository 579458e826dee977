#pragma once
// griddesk-admin units check-topology: the grid topology check on a store's
// grids, one problem a line in the reader's language.

#include <QStringList>

namespace griddesk::cli {
int runCheckTopology(const QStringList &args);
}
