#pragma once
// The Store API in SQL, shared by both backends: the GeoPackage file
// (GpkgStore) and the PostgreSQL/PostGIS server (PgStore). Every statement
// binds its values and every write runs in one transaction; the few places
// where the two dialects differ go through SqlDialect.

#include "SqlDialect.h"
#include "SqlHelpers.h"
#include "Store.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace griddesk {

class SqlStore : public Store
{
    Q_DECLARE_TR_FUNCTIONS(SqlStore)

public:
    ~SqlStore() override;

    QString location() const override { return m_location; }

    QVector<AdminUnit> adminUnits(int level = 0) const override;
    std::optional<AdminUnit> adminUnit(const QString &code) const override;
    std::optional<AdminUnit> gridAt(const GeoPoint &lonLat) const override;
    QVector<IncidentCategory> categories() const override;
    QVector<Camera> cameras() const override;
    QVector<Incident> incidents(const IncidentQuery &query = {}) const override;
    std::optional<Incident> incident(qint64 id) const override;
    std::optional<Incident> incidentByCode(const QString &code) const override;
    QVector<IncidentHistoryEntry> history(qint64 incidentId) const override;
    QVector<Incident> dispatchQueue(const QDateTime &evaluationSince) const override;
    QVector<Attachment> attachments(qint64 incidentId) const override;
    qint64 addScreeningVisit(const ScreeningVisit &visit, const std::optional<NewIncident> &finding = {}) override;
    QVector<ScreeningVisit> screeningVisits(const QString &isoWeek) const override;
    QHash<QString, ScreeningVisit> lastScreeningVisits() const override;
    QByteArray attachmentContent(qint64 attachmentId) const override;

    qint64 addIncident(const NewIncident &report, const QString &actor) override;
    Incident applyAction(qint64 incidentId, const WorkflowRequest &request, int expectedRowVersion = -1) override;
    QVector<Department> departments() const override;
    QString suggestDepartment(const QString &categoryCode, const QString &gridCode) const override;
    TimeLimits timeLimits(const QString &categoryCode) const override;
    WorkingCalendar calendar() const override;
    EscalationSettings escalationSettings() const override;
    DuplicateSettings duplicateSettings() const override;
    void setSetting(const QString &key, const QString &value) override;
    void setTimeLimits(const QString &categoryCode, const TimeLimits &limits) override;
    void upsertDepartment(const Department &department) override;
    void setRouting(const RoutingRule &rule) override;
    void replaceCalendar(const QString &csvText) override;
    void addAdminUnits(const QVector<AdminUnit> &units) override;
    void addCameras(const QVector<Camera> &cameras) override;
    void importIncidents(const QVector<IncidentRecord> &records) override;

    QVector<AuditEntry> auditEntries(qint64 afterSeq = 0, int limit = -1) const override;
    PersonalDetails revealPersonalData(qint64 incidentId) override;
    QVector<UserAccount> users() const override;
    void addUser(const UserAccount &user, const QString &password) override;
    void setUserActive(const QString &username, bool active) override;
    std::optional<UserAccount> authenticate(const QString &username, const QString &password) override;
    std::optional<UserAccount> currentUser() const override;
    qint64 lastChangeSeq() const override;
    QVector<ChangeRecord> changesSince(qint64 seq, int limit = 10000) const override;

    const SqlDialect &dialect() const { return m_dialect; }
    // Who the local audit log names for this store's writes (on a server the
    // log names the database login instead).
    void setSessionUser(const QString &name) { m_sessionUser = name; }
    QString sessionUser() const { return m_sessionUser; }
    // The store's own connection, for administration tools (copy, checks).
    QSqlDatabase &database() const { return m_db; }
    // Seals audit rows that another program's writes left unsealed (a
    // GeoPackage's triggers write them; a server seals its own at once).
    void sealPendingAudit();

protected:
    // A write transaction. On a GeoPackage the audit triggers leave their
    // rows unsealed; commit() seals them into the hash chain first, and the
    // start seals rows another program left behind as "external".
    class WriteTransaction
    {
    public:
        explicit WriteTransaction(SqlStore &store);
        void commit();

    private:
        SqlStore &m_store;
        sql::Transaction m_tx;
    };

    // Takes over the QtSql connection registered under `connection`.
    SqlStore(QString location, QString connection, SqlDialect dialect);
    QSqlDatabase &db() const { return m_db; }

private:
    qint64 insertIncident(const Incident &incident);
    // addIncident's body, inside the caller's transaction.
    qint64 writeIncident(const NewIncident &report, const QString &actor);
    void insertHistory(qint64 incidentId, const IncidentHistoryEntry &entry);
    void checkDepartments(const WorkflowRequest &request) const;
    // The case, locked for update until the transaction ends where the backend needs it.
    std::optional<Incident> lockedIncident(qint64 id);
    QString nextIncidentCode(const QDateTime &reportedAt);

    void sealAudit(const QString &actor);
    void appendAudit(const QString &action, const QString &table, qint64 rowId, const QString &after);

    QString m_location;
    QString m_sessionUser;
    std::optional<UserAccount> m_signedIn;
    QString m_connection;
    SqlDialect m_dialect;
    mutable QSqlDatabase m_db;
};

} // namespace griddesk
