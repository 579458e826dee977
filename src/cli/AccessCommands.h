#pragma once
// griddesk-admin user|audit: people who sign in, and the audit log.

#include <QStringList>

namespace griddesk::cli {
// args[0] is "griddesk-admin user" or "griddesk-admin audit"; returns an exit code.
int runUser(const QStringList &args);
int runAudit(const QStringList &args);
} // namespace griddesk::cli
