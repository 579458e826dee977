#include "StoreOpener.h"
#include "ReconnectingStore.h"
#include "ScopedStore.h"
#include "SqlStore.h"

namespace griddesk {

StoreOpener::StoreOpener(StoreLocation location, std::optional<UserAccount> user)
    : m_location(std::move(location))
    , m_user(std::move(user))
{
}

std::unique_ptr<Store> StoreOpener::open(Access access, int patienceMs) const
{
    std::unique_ptr<SqlStore> sql = m_location.open(access == Access::ReadOnly);
    if (m_user)
        sql->setSessionUser(m_user->username); // names the local audit log's entries
    std::unique_ptr<Store> store = std::move(sql);
    if (isServer())
        store = std::make_unique<ReconnectingStore>(std::move(store), patienceMs);
    if (m_user)
        store = std::make_unique<ScopedStore>(std::move(store), *m_user);
    return store;
}

} // namespace griddesk
