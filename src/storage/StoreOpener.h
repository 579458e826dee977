#pragma once
// Opens a township's store the way the console uses it, on any thread: the
// backend for the location, reconnecting when it is a server, and seen
// through the signed-in person's scope. Worker threads open their own
// connection with a copy of the opener.

#include "Store.h"
#include "StoreLocation.h"
#include "UserAccount.h"

#include <memory>
#include <optional>

namespace griddesk {

class StoreOpener
{
public:
    StoreOpener() = default;
    // `user`: the signed-in person, or none for a local file without users.
    StoreOpener(StoreLocation location, std::optional<UserAccount> user = std::nullopt); // NOLINT: a location converts

    const StoreLocation &location() const { return m_location; }
    bool isServer() const { return m_location.isServer(); }
    const std::optional<UserAccount> &user() const { return m_user; }

    // Throws StoreError. `patienceMs`: how long a server call waits for a
    // lost connection to come back.
    enum class Access { ReadWrite, ReadOnly };
    std::unique_ptr<Store> open(Access access = Access::ReadWrite, int patienceMs = 3000) const;

private:
    StoreLocation m_location;
    std::optional<UserAccount> m_user;
};

} // namespace griddesk
