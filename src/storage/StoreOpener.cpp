#include "StoreOpener.h"
#include "SessionShelf.h"

namespace griddesk {

StoreOpener::StoreOpener(StoreLocation location, std::optional<UserAccount> user)
    : m_location(std::move(location))
    , m_user(std::move(user))
{
}

std::unique_ptr<Store> StoreOpener::open(Access access, int patienceMs) const
{
    // A server's read-only sessions are kept between a worker's reads
    // (SessionShelf.h), each with the person's scope it was given.
    const QString shelfKey = isServer() && access == Access::ReadOnly
                                 ? m_location.conninfo() + QLatin1Char('\n') + (m_user ? m_user->username : QString())
                                 : QString();
    std::unique_ptr<SqlSession> kept = shelfKey.isEmpty() ? nullptr : sessionshelf::take(shelfKey);
    const bool fresh = !kept;
    std::unique_ptr<Store> store = fresh ? m_location.open(access == Access::ReadOnly) : std::make_unique<Store>(std::move(kept));
    if (m_user)
        store->session().setSessionUser(m_user->username); // names the local audit log's entries
    if (isServer())
        store->session().setPatience(patienceMs);
    if (m_user && fresh)
        store->limitTo(*m_user);
    if (!shelfKey.isEmpty())
        store->keepSessionOnClose(shelfKey);
    return store;
}

} // namespace griddesk
