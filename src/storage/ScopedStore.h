#pragma once
// A Store seen through one signed-in person's rights (core's AccessPolicy):
// reads return only what lies in their scope, writes outside it or beyond
// their role are refused with the reason. On a local GeoPackage this is the
// enforcement; on a server row-level security enforces the same rules and
// this layer only gives clearer messages.

#include "Store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <memory>

namespace griddesk {

class ScopedStore final : public Store
{
    Q_DECLARE_TR_FUNCTIONS(ScopedStore)

public:
    ScopedStore(std::unique_ptr<Store> inner, UserAccount user);

    const UserAccount &user() const { return m_user; }
    Store &inner() { return *m_inner; }

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
    // The unit's code with its parent's and grandparent's (as the server's gd_unit_chain).
    QStringList chain(const QString &code) const;
    bool seesUnit(const QString &code) const;
    bool seesGrid(const QString &gridCode) const;
    [[noreturn]] void refuse(const QString &why) const;
    void requireWriter() const;
    void requireAdministrator() const;
    const Incident &requireVisible(const std::optional<Incident> &incident, qint64 id) const;

    std::unique_ptr<Store> m_inner;
    UserAccount m_user;
    QHash<QString, QString> m_parents; // unit code → parent code
    mutable QSet<qint64> m_attachments; // attachment ids listed to this person
};

} // namespace griddesk
