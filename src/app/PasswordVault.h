#pragma once
// Server passwords in the system keyring (Secret Service on Linux, the
// Credential Manager on Windows) when GridDesk is built with QtKeychain;
// without it, or when no keyring answers, nothing is stored and the
// connection dialog asks each time.

#include <QString>

namespace griddesk::app::passwordvault {

bool isAvailable();
// The stored password for a profile key ("user@host:port/db"), or empty.
QString read(const QString &key);
// Returns false (with *error) when the keyring refused.
bool write(const QString &key, const QString &password, QString *error);
void remove(const QString &key);

} // namespace griddesk::app::passwordvault
