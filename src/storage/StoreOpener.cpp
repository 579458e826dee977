#include "StoreOpener.h"

namespace griddesk {

StoreOpener::StoreOpener(StoreLocation location, std::optional<UserAccount> user)
    : m_location(std::move(location))
    , m_user(std::move(user))
{
}

std::unique_ptr<Store> StoreOpener::open(Access access, int patienceMs) const
{
    std::unique_ptr<Store> store = m_location.open(access == Access::ReadOnly);
    if (m_user)
        store->session().setSessionUser(m_user->username); // names the local audit log's entries
    if (isServer())
        store->session().setPatience(patienceMs);
    if (m_user)
        store->limitTo(*m_user);
    return store;
}

} // namespace griddesk
