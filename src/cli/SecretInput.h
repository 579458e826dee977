#pragma once
// Reads a secret (a password) from standard input. On a terminal it asks
// with a prompt on standard error and does not echo what is typed; from a
// pipe or file it reads one line as it is. The one place with
// platform-specific terminal calls.

#include <QString>

namespace griddesk::cli {

QString readSecretLine(const QString &prompt);

} // namespace griddesk::cli
