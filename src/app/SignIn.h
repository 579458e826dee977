#pragma once
// Who opens a township's database in the console. A server knows its login
// already (the connection proved it); a local file with users asks for a
// sign-in; a local file without users opens as before, for one operator.

#include "StoreOpener.h"

#include <optional>

class QWidget;

namespace griddesk::app::signin {

// The opener for the console, or none with *error set (empty when the person
// cancelled). `interactive`: false in benchmarks and smoke runs, where a
// sign-in cannot be asked.
std::optional<StoreOpener> resolve(const StoreLocation &location, QWidget *parent, bool interactive, QString *error);

} // namespace griddesk::app::signin
