#pragma once
// The GeoPackage backend of the Store API: one local file per township,
// accessed through QtSql with bound parameters and immediate transactions.

#include "Store.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>

namespace griddesk {

class GpkgStore final : public Store
{
    Q_DECLARE_TR_FUNCTIONS(GpkgStore)

public:
    enum class Access { ReadWrite, ReadOnly };

    // Opens an existing GridDesk GeoPackage, migrating an older schema forward.
    static std::unique_ptr<GpkgStore> open(const QString &path, Access access = Access::ReadWrite);
    // Creates a new, empty GridDesk GeoPackage; fails if the file exists.
    static std::unique_ptr<GpkgStore> create(const QString &path);

    ~GpkgStore() override;

    QString location() const override { return m_path; }
    int schemaVersion() const override;

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

    qint64 lastChangeSeq() const override;
    QVector<ChangeRecord> changesSince(qint64 seq, int limit = 10000) const override;

    // Opens a raw QtSql connection to a GeoPackage with our SQL functions
    // registered; used by the change watcher. Throws StoreError.
    static QSqlDatabase openConnection(const QString &path, const QString &connectionName, Access access);

private:
    GpkgStore(QString path, QString connection);
    QSqlDatabase &db() const { return m_db; }
    qint64 insertIncident(const Incident &incident);
    // addIncident's body, inside the caller's transaction.
    qint64 writeIncident(const NewIncident &report, const QString &actor);
    void insertHistory(qint64 incidentId, const IncidentHistoryEntry &entry);
    void checkDepartments(const WorkflowRequest &request) const;
    QString nextIncidentCode(const QDateTime &reportedAt);

    QString m_path;
    QString m_connection;
    mutable QSqlDatabase m_db;
};

} // namespace griddesk
