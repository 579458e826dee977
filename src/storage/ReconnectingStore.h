#pragma once
// A Store that rides out a lost server connection (restart, network drop).
// A call that finds the server gone reconnects and tries again until the
// patience runs out, then fails with StoreError::Kind::Unavailable.
//
// Writes are applied exactly once or refused: when a connection drops during
// a commit, nobody knows whether it landed. Before trying a write again the
// store looks for it: an action by its history row (same case, action,
// actor and time), a report by its time, title, category and place, a
// screening visit by its grid, worker and time. Bulk set-up writes are not
// retried; administration writes are idempotent and simply run again.

#include "Store.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace griddesk {

class ReconnectingStore final : public Store
{
    Q_DECLARE_TR_FUNCTIONS(ReconnectingStore)

public:
    // `patienceMs`: how long one call keeps trying to reach the server.
    explicit ReconnectingStore(std::unique_ptr<Store> inner, int patienceMs = 30000);

    void setPatience(int ms) { m_patienceMs = ms; }
    Store &inner() { return *m_inner; }
    // Reconnections made so far (for the status bar and tests).
    int reconnections() const { return m_reconnections; }

    QString location() const override;
    int schemaVersion() const override;
    bool reconnect() override;
    bool releaseStalls() override;
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
    qint64 addIncident(const NewIncident &report, const QString &actor) override;
    qint64 addScreeningVisit(const ScreeningVisit &visit, const std::optional<NewIncident> &finding = {}) override;
    QVector<ScreeningVisit> screeningVisits(const QString &isoWeek) const override;
    QHash<QString, ScreeningVisit> lastScreeningVisits() const override;
    QVector<Attachment> attachments(qint64 incidentId) const override;
    QByteArray attachmentContent(qint64 attachmentId) const override;
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

private:
    // Runs `call`; after a lost connection reconnects and, unless `landed`
    // finds the first attempt applied, runs it again.
    template<typename T>
    T run(const std::function<T()> &call, const std::function<std::optional<T>()> &landed = {}) const;
    void waitForServer(const QString &firstFailure) const;

    std::unique_ptr<Store> m_inner;
    int m_patienceMs;
    mutable int m_reconnections = 0;
};

} // namespace griddesk
