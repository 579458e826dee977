#include "Store.h"
#include "SessionShelf.h"
#include "SqlSession.h"

namespace griddesk {

StoreSessionOwner::StoreSessionOwner(std::unique_ptr<SqlSession> session)
    : m_owned(std::move(session))
{
}

StoreSessionOwner::~StoreSessionOwner()
{
    if (!m_shelfKey.isEmpty())
        sessionshelf::keep(m_shelfKey, std::move(m_owned));
}

Store::Store(std::unique_ptr<SqlSession> session)
    : StoreSessionOwner(std::move(session))
    , UnitStore(*m_owned)
    , ReferenceStore(*m_owned, *this)
    , IncidentStore(*m_owned, *this, *this)
    , ScreeningStore(*m_owned, *this, *this)
    , PeopleStore(*m_owned, *this, *this)
    , AssessmentStore(*m_owned)
    , MeetingStore(*m_owned, *this, *this)
    , BulletinStore(*m_owned, *this)
    , GridStore(*m_owned)
    , StaffStore(*m_owned)
    , RegisterStore(*m_owned)
    , ChangeFeed(*m_owned)
{
}

Store::~Store() = default;

QString Store::location() const
{
    return m_owned->location();
}

int Store::schemaVersion() const
{
    return m_owned->schemaVersion();
}

void Store::limitTo(const UserAccount &person)
{
    m_owned->setScope(StoreScope(person, parentCodes())); // every unit's chain, not the last scope's
}

QSqlDatabase &Store::database() const
{
    return m_owned->db();
}

const SqlDialect &Store::dialect() const
{
    return m_owned->dialect();
}

void Store::sealPendingAudit()
{
    m_owned->sealPendingAudit();
}

} // namespace griddesk
