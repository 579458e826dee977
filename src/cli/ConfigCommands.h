#pragma once
// griddesk-admin calendar|category|department|routing|setting|monitor: the
// administrator's configuration of the closed loop.

#include <QStringList>

namespace griddesk::cli {
// args[0] is "griddesk-admin COMMAND"; returns an exit code.
int runConfig(const QString &command, const QStringList &args);
bool isConfigCommand(const QString &command);
}
