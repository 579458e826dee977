#pragma once
// The Store: every business read and write of GridDesk goes through it. One
// schema, two backends (a GeoPackage file and a PostgreSQL/PostGIS server),
// one SQL session, and the store's capabilities written against it: units
// and cameras, reference data and settings, incidents and their workflow,
// screening, people and audit, the assessment's reads, security bulletins,
// the grid staff register, the registers of people, housing, disputes,
// key populations, organisations and the work log, and the change feed.
// Each capability is its own class; the Store assembles them over its
// session, so a caller may hold the whole store or only the capability it
// needs (a const IncidentStore &). Scope and reconnection live in the
// session, so every capability, present or to come, has both. Methods throw
// StoreError with a message fit to show a user.

#include "AssessmentStore.h"
#include "BulletinStore.h"
#include "GridStore.h"
#include "ChangeFeed.h"
#include "IncidentStore.h"
#include "MeetingStore.h"
#include "PeopleStore.h"
#include "ReferenceStore.h"
#include "RegisterStore.h"
#include "ScreeningStore.h"
#include "SqlSession.h"
#include "StaffStore.h"
#include "UnitStore.h"

#include <memory>

namespace griddesk {

// Holds the session, so that it exists before the capabilities built on it.
class StoreSessionOwner
{
protected:
    explicit StoreSessionOwner(std::unique_ptr<SqlSession> session);
    ~StoreSessionOwner();
    std::unique_ptr<SqlSession> m_owned;
    QString m_shelfKey; // where the session goes when the store closes (none: closed)
};

class Store final : private StoreSessionOwner,
                    public UnitStore,
                    public ReferenceStore,
                    public IncidentStore,
                    public ScreeningStore,
                    public PeopleStore,
                    public AssessmentStore,
                    public MeetingStore,
                    public BulletinStore,
                    public GridStore,
                    public StaffStore,
                    public RegisterStore,
                    public ChangeFeed
{
public:
    explicit Store(std::unique_ptr<SqlSession> session);
    ~Store();
    // When the store closes, its session waits on this thread's shelf under
    // `key` for the thread's next read instead of closing (SessionShelf.h).
    void keepSessionOnClose(const QString &key) { m_shelfKey = key; }

    // The connection, dialect, scope and execution path the capabilities share.
    SqlSession &session() const { return *m_owned; }

    // File path or connection description, for messages and the status bar.
    QString location() const;
    int schemaVersion() const;

    // From now on the store reads and writes as this person may: reads return
    // only what lies in their scope, writes outside it or beyond their role
    // are refused with the reason.
    void limitTo(const UserAccount &person);

    // For administration tools (copy, checks): the store's own connection and dialect.
    QSqlDatabase &database() const;
    const SqlDialect &dialect() const;
    // Seals audit rows that another program's writes left unsealed (a
    // GeoPackage's triggers write them; a server seals its own at once).
    void sealPendingAudit();
};

} // namespace griddesk
