#include "ReconnectingStore.h"
#include "LandedAction.h"
#include "ScreeningWeek.h"
#include "StoreError.h"

#include <QDeadlineTimer>
#include <QThread>

namespace griddesk {

ReconnectingStore::ReconnectingStore(std::unique_ptr<Store> inner, int patienceMs)
    : m_inner(std::move(inner))
    , m_patienceMs(patienceMs)
{
}

void ReconnectingStore::waitForServer(const QString &firstFailure) const
{
    QDeadlineTimer deadline(m_patienceMs);
    int pauseMs = 100;
    while (!m_inner->reconnect()) {
        if (deadline.hasExpired())
            throw StoreError(StoreError::Kind::Unavailable,
                             tr("%1; gave up after %2 s. Nothing was written.").arg(firstFailure).arg(m_patienceMs / 1000));
        QThread::msleep(quint32(qMin<qint64>(pauseMs, qMax<qint64>(1, deadline.remainingTime()))));
        pauseMs = qMin(pauseMs * 2, 1000);
    }
    ++m_reconnections;
}

template<typename T>
T ReconnectingStore::run(const std::function<T()> &call, const std::function<std::optional<T>()> &landed) const
{
    QDeadlineTimer deadline(m_patienceMs);
    bool retried = false;
    for (;;) {
        try {
            if (retried && landed) {
                if (std::optional<T> done = landed())
                    return *done;
            }
            return call();
        } catch (const StoreError &e) {
            if (deadline.hasExpired())
                throw;
            if (e.kind() == StoreError::Kind::Busy) {
                // The call rolled back; free the server of whoever stalls it
                // (a session too young to end yet leaves this call Busy too).
                bool release = false;
                try {
                    release = m_inner->releaseStalls();
                } catch (const StoreError &again) {
                    release = again.kind() == StoreError::Kind::Busy;
                }
                if (!release)
                    throw;
                continue;
            }
            if (e.kind() != StoreError::Kind::Unavailable)
                throw;
            waitForServer(e.message());
            retried = true;
        }
    }
}

namespace {
template<typename F>
auto fn(F f) -> std::function<decltype(f())()>
{
    return f;
}
} // namespace

QString ReconnectingStore::location() const { return m_inner->location(); }
int ReconnectingStore::schemaVersion() const { return run(fn([&] { return m_inner->schemaVersion(); })); }

bool ReconnectingStore::reconnect()
{
    return m_inner->reconnect();
}

bool ReconnectingStore::releaseStalls()
{
    return run(fn([&] { return m_inner->releaseStalls(); }));
}

QVector<AdminUnit> ReconnectingStore::adminUnits(int level) const { return run(fn([&] { return m_inner->adminUnits(level); })); }
std::optional<AdminUnit> ReconnectingStore::adminUnit(const QString &code) const { return run(fn([&] { return m_inner->adminUnit(code); })); }
std::optional<AdminUnit> ReconnectingStore::gridAt(const GeoPoint &p) const { return run(fn([&] { return m_inner->gridAt(p); })); }
QVector<IncidentCategory> ReconnectingStore::categories() const { return run(fn([&] { return m_inner->categories(); })); }
QVector<Camera> ReconnectingStore::cameras() const { return run(fn([&] { return m_inner->cameras(); })); }
QVector<Incident> ReconnectingStore::incidents(const IncidentQuery &q) const { return run(fn([&] { return m_inner->incidents(q); })); }
std::optional<Incident> ReconnectingStore::incident(qint64 id) const { return run(fn([&] { return m_inner->incident(id); })); }
std::optional<Incident> ReconnectingStore::incidentByCode(const QString &code) const { return run(fn([&] { return m_inner->incidentByCode(code); })); }
QVector<IncidentHistoryEntry> ReconnectingStore::history(qint64 id) const { return run(fn([&] { return m_inner->history(id); })); }
QVector<Incident> ReconnectingStore::dispatchQueue(const QDateTime &since) const { return run(fn([&] { return m_inner->dispatchQueue(since); })); }
QVector<ScreeningVisit> ReconnectingStore::screeningVisits(const QString &week) const { return run(fn([&] { return m_inner->screeningVisits(week); })); }
QHash<QString, ScreeningVisit> ReconnectingStore::lastScreeningVisits() const { return run(fn([&] { return m_inner->lastScreeningVisits(); })); }
QVector<Attachment> ReconnectingStore::attachments(qint64 id) const { return run(fn([&] { return m_inner->attachments(id); })); }
QByteArray ReconnectingStore::attachmentContent(qint64 id) const { return run(fn([&] { return m_inner->attachmentContent(id); })); }
QVector<Department> ReconnectingStore::departments() const { return run(fn([&] { return m_inner->departments(); })); }
QString ReconnectingStore::suggestDepartment(const QString &c, const QString &g) const { return run(fn([&] { return m_inner->suggestDepartment(c, g); })); }
TimeLimits ReconnectingStore::timeLimits(const QString &c) const { return run(fn([&] { return m_inner->timeLimits(c); })); }
WorkingCalendar ReconnectingStore::calendar() const { return run(fn([&] { return m_inner->calendar(); })); }
EscalationSettings ReconnectingStore::escalationSettings() const { return run(fn([&] { return m_inner->escalationSettings(); })); }
DuplicateSettings ReconnectingStore::duplicateSettings() const { return run(fn([&] { return m_inner->duplicateSettings(); })); }
QVector<AuditEntry> ReconnectingStore::auditEntries(qint64 after, int limit) const { return run(fn([&] { return m_inner->auditEntries(after, limit); })); }
// A reveal logged twice after a lost commit says the same thing twice; never none.
PersonalDetails ReconnectingStore::revealPersonalData(qint64 id) { return run(fn([&] { return m_inner->revealPersonalData(id); })); }
QVector<UserAccount> ReconnectingStore::users() const { return run(fn([&] { return m_inner->users(); })); }
void ReconnectingStore::addUser(const UserAccount &u, const QString &p) { m_inner->addUser(u, p); }
void ReconnectingStore::setUserActive(const QString &u, bool a) { run(fn([&] { m_inner->setUserActive(u, a); return true; })); }
std::optional<UserAccount> ReconnectingStore::authenticate(const QString &u, const QString &p) { return run(fn([&] { return m_inner->authenticate(u, p); })); }
std::optional<UserAccount> ReconnectingStore::currentUser() const { return run(fn([&] { return m_inner->currentUser(); })); }
qint64 ReconnectingStore::lastChangeSeq() const { return run(fn([&] { return m_inner->lastChangeSeq(); })); }
QVector<ChangeRecord> ReconnectingStore::changesSince(qint64 seq, int limit) const { return run(fn([&] { return m_inner->changesSince(seq, limit); })); }

qint64 ReconnectingStore::addIncident(const NewIncident &report, const QString &actor)
{
    NewIncident stamped = report; // a fixed report time identifies the report on a retry
    if (!stamped.reportedAt.isValid())
        stamped.reportedAt = QDateTime::currentDateTimeUtc();
    auto landed = [&]() -> std::optional<qint64> {
        IncidentQuery q;
        q.reportedSince = stamped.reportedAt.addMSecs(-1);
        for (const Incident &i : m_inner->incidents(q))
            if (i.reportedAt == stamped.reportedAt && i.title == stamped.title.trimmed()
                && i.categoryCode == stamped.categoryCode && i.location.x == stamped.location.x
                && i.location.y == stamped.location.y)
                return i.id;
        return std::nullopt;
    };
    return run(fn([&] { return m_inner->addIncident(stamped, actor); }), std::function<std::optional<qint64>()>(landed));
}

qint64 ReconnectingStore::addScreeningVisit(const ScreeningVisit &visit, const std::optional<NewIncident> &finding)
{
    auto landed = [&]() -> std::optional<qint64> {
        for (const ScreeningVisit &v : m_inner->screeningVisits(screeningweek::key(visit.visitedAt)))
            if (v.gridCode == visit.gridCode && v.visitedAt == visit.visitedAt && v.worker == visit.worker.trimmed())
                return v.id;
        return std::nullopt;
    };
    return run(fn([&] { return m_inner->addScreeningVisit(visit, finding); }), std::function<std::optional<qint64>()>(landed));
}

Incident ReconnectingStore::applyAction(qint64 incidentId, const WorkflowRequest &request, int expectedRowVersion)
{
    WorkflowRequest stamped = request; // the time identifies the action on a retry
    if (!stamped.at.isValid())
        stamped.at = QDateTime::currentDateTimeUtc();
    auto landed = [&]() -> std::optional<Incident> {
        return landedAction(*m_inner, incidentId, incidentaction::code(stamped.action), stamped.at);
    };
    return run(fn([&] { return m_inner->applyAction(incidentId, stamped, expectedRowVersion); }),
               std::function<std::optional<Incident>()>(landed));
}

// Administration writes set values: running one twice leaves the same result.
void ReconnectingStore::setSetting(const QString &k, const QString &v) { run(fn([&] { m_inner->setSetting(k, v); return true; })); }
void ReconnectingStore::setTimeLimits(const QString &c, const TimeLimits &t) { run(fn([&] { m_inner->setTimeLimits(c, t); return true; })); }
void ReconnectingStore::upsertDepartment(const Department &d) { run(fn([&] { m_inner->upsertDepartment(d); return true; })); }
void ReconnectingStore::setRouting(const RoutingRule &r) { run(fn([&] { m_inner->setRouting(r); return true; })); }
void ReconnectingStore::replaceCalendar(const QString &csv) { run(fn([&] { m_inner->replaceCalendar(csv); return true; })); }

// Bulk set-up writes are one transaction each and not retried: the caller
// sees the failure and starts again on a clean database.
void ReconnectingStore::addAdminUnits(const QVector<AdminUnit> &units) { m_inner->addAdminUnits(units); }
void ReconnectingStore::addCameras(const QVector<Camera> &cameras) { m_inner->addCameras(cameras); }
void ReconnectingStore::importIncidents(const QVector<IncidentRecord> &records) { m_inner->importIncidents(records); }

} // namespace griddesk
