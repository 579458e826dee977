#include "ScopedStore.h"
#include "AccessPolicy.h"
#include "StoreError.h"

#include <algorithm>

namespace griddesk {

ScopedStore::ScopedStore(std::unique_ptr<Store> inner, UserAccount user)
    : m_inner(std::move(inner))
    , m_user(std::move(user))
{
    for (const AdminUnit &u : m_inner->adminUnits())
        m_parents.insert(u.code, u.parentCode);
}

QStringList ScopedStore::chain(const QString &code) const
{
    QStringList out{code};
    QString parent = m_parents.value(code);
    for (int depth = 0; !parent.isEmpty() && depth < 2; ++depth) {
        out << parent;
        parent = m_parents.value(parent);
    }
    return out;
}

bool ScopedStore::seesUnit(const QString &code) const
{
    if (accesspolicy::isAdministrator(m_user))
        return true;
    // The scope's subtree, and the scope's own parents (for names and outlines).
    return chain(code).contains(m_user.scopeCode) || chain(m_user.scopeCode).contains(code);
}

bool ScopedStore::seesGrid(const QString &gridCode) const
{
    const QStringList c = chain(gridCode);
    return accesspolicy::inScope(m_user, gridCode, c.value(1), c.value(2));
}

void ScopedStore::refuse(const QString &why) const
{
    throw StoreError(StoreError::Kind::Invalid, tr("%1 (%2): %3").arg(m_user.displayName, role::displayName(m_user.role), why));
}

void ScopedStore::requireWriter() const
{
    if (!accesspolicy::canWrite(m_user))
        refuse(tr("this role reads only"));
}

void ScopedStore::requireAdministrator() const
{
    if (!accesspolicy::isAdministrator(m_user))
        refuse(tr("only an administrator may do this"));
}

const Incident &ScopedStore::requireVisible(const std::optional<Incident> &i, qint64 id) const
{
    if (!i || !accesspolicy::canSee(m_user, *i))
        throw StoreError(StoreError::Kind::NotFound, tr("incident %1 does not exist or is outside your area").arg(id));
    return *i;
}

QString ScopedStore::location() const { return m_inner->location(); }
int ScopedStore::schemaVersion() const { return m_inner->schemaVersion(); }
bool ScopedStore::reconnect() { return m_inner->reconnect(); }
bool ScopedStore::releaseStalls() { return m_inner->releaseStalls(); }

QVector<AdminUnit> ScopedStore::adminUnits(int level) const
{
    QVector<AdminUnit> units = m_inner->adminUnits(level);
    units.erase(std::remove_if(units.begin(), units.end(), [this](const AdminUnit &u) { return !seesUnit(u.code); }), units.end());
    return units;
}

std::optional<AdminUnit> ScopedStore::adminUnit(const QString &code) const
{
    return seesUnit(code) ? m_inner->adminUnit(code) : std::nullopt;
}

std::optional<AdminUnit> ScopedStore::gridAt(const GeoPoint &p) const
{
    std::optional<AdminUnit> grid = m_inner->gridAt(p);
    return grid && seesUnit(grid->code) ? grid : std::nullopt;
}

QVector<IncidentCategory> ScopedStore::categories() const { return m_inner->categories(); }

QVector<Camera> ScopedStore::cameras() const
{
    QVector<Camera> all = m_inner->cameras();
    all.erase(std::remove_if(all.begin(), all.end(), [this](const Camera &c) { return !seesGrid(c.gridCode); }), all.end());
    return all;
}

QVector<Incident> ScopedStore::incidents(const IncidentQuery &query) const
{
    IncidentQuery unlimited = query;
    unlimited.limit = -1;
    QVector<Incident> out;
    for (const Incident &i : m_inner->incidents(unlimited)) {
        if (!accesspolicy::canSee(m_user, i))
            continue;
        out.push_back(i);
        if (query.limit >= 0 && out.size() >= query.limit)
            break;
    }
    return out;
}

std::optional<Incident> ScopedStore::incident(qint64 id) const
{
    std::optional<Incident> i = m_inner->incident(id);
    return i && accesspolicy::canSee(m_user, *i) ? i : std::nullopt;
}

std::optional<Incident> ScopedStore::incidentByCode(const QString &code) const
{
    std::optional<Incident> i = m_inner->incidentByCode(code);
    return i && accesspolicy::canSee(m_user, *i) ? i : std::nullopt;
}

QVector<IncidentHistoryEntry> ScopedStore::history(qint64 id) const
{
    return incident(id) ? m_inner->history(id) : QVector<IncidentHistoryEntry>();
}

QVector<Incident> ScopedStore::dispatchQueue(const QDateTime &since) const
{
    QVector<Incident> queue = m_inner->dispatchQueue(since);
    // Queue rows carry the grid but not its parents: look those up.
    queue.erase(std::remove_if(queue.begin(), queue.end(),
                               [this](const Incident &i) {
                                   Incident located = i;
                                   const QStringList c = chain(i.gridCode);
                                   located.communityCode = c.value(1);
                                   located.townshipCode = c.value(2);
                                   return !accesspolicy::canSee(m_user, located);
                               }),
                queue.end());
    return queue;
}

qint64 ScopedStore::addIncident(const NewIncident &report, const QString &actor)
{
    requireWriter();
    const std::optional<AdminUnit> grid = m_inner->gridAt(report.location);
    if (grid && !seesGrid(grid->code))
        refuse(tr("the location lies in grid %1, outside your area").arg(grid->name));
    return m_inner->addIncident(report, actor);
}

qint64 ScopedStore::addScreeningVisit(const ScreeningVisit &visit, const std::optional<NewIncident> &finding)
{
    requireWriter();
    if (!seesGrid(visit.gridCode))
        refuse(tr("grid %1 is outside your area").arg(visit.gridCode));
    return m_inner->addScreeningVisit(visit, finding);
}

QVector<ScreeningVisit> ScopedStore::screeningVisits(const QString &week) const
{
    QVector<ScreeningVisit> all = m_inner->screeningVisits(week);
    all.erase(std::remove_if(all.begin(), all.end(), [this](const ScreeningVisit &v) { return !seesGrid(v.gridCode); }), all.end());
    return all;
}

QHash<QString, ScreeningVisit> ScopedStore::lastScreeningVisits() const
{
    QHash<QString, ScreeningVisit> all = m_inner->lastScreeningVisits();
    for (auto it = all.begin(); it != all.end();)
        it = seesGrid(it.key()) ? std::next(it) : all.erase(it);
    return all;
}

QVector<Attachment> ScopedStore::attachments(qint64 id) const
{
    if (!incident(id))
        return {};
    const QVector<Attachment> files = m_inner->attachments(id);
    for (const Attachment &a : files)
        m_attachments.insert(a.id);
    return files;
}

QByteArray ScopedStore::attachmentContent(qint64 attachmentId) const
{
    // Only files of cases this person has listed (and so may see).
    return m_attachments.contains(attachmentId) ? m_inner->attachmentContent(attachmentId) : QByteArray();
}

Incident ScopedStore::applyAction(qint64 id, const WorkflowRequest &request, int expectedRowVersion)
{
    requireWriter();
    std::optional<Incident> target = m_inner->incident(id);
    requireVisible(target, id);
    // What is done to a merged duplicate goes to its master: that case must be in scope too.
    for (int hops = 0; target->state == IncidentState::Merged && target->masterId > 0 && hops < 16; ++hops) {
        const qint64 master = target->masterId;
        target = m_inner->incident(master);
        requireVisible(target, master);
    }
    if (request.action == IncidentAction::Merge)
        requireVisible(m_inner->incident(request.masterId), request.masterId);
    // The time-limit monitor acts as the system on the centre's behalf.
    const bool systemForCentre = request.role == Role::System && m_user.role == Role::CentreStaff;
    if (!accesspolicy::isAdministrator(m_user) && request.role != m_user.role && !systemForCentre)
        refuse(tr("acting as %1 is not your role").arg(role::displayName(request.role)));
    return m_inner->applyAction(id, request, expectedRowVersion);
}

QVector<Department> ScopedStore::departments() const { return m_inner->departments(); }
QString ScopedStore::suggestDepartment(const QString &c, const QString &g) const { return m_inner->suggestDepartment(c, g); }
TimeLimits ScopedStore::timeLimits(const QString &c) const { return m_inner->timeLimits(c); }
WorkingCalendar ScopedStore::calendar() const { return m_inner->calendar(); }
EscalationSettings ScopedStore::escalationSettings() const { return m_inner->escalationSettings(); }
DuplicateSettings ScopedStore::duplicateSettings() const { return m_inner->duplicateSettings(); }

void ScopedStore::setSetting(const QString &k, const QString &v) { requireAdministrator(); m_inner->setSetting(k, v); }
void ScopedStore::setTimeLimits(const QString &c, const TimeLimits &t) { requireAdministrator(); m_inner->setTimeLimits(c, t); }
void ScopedStore::upsertDepartment(const Department &d) { requireAdministrator(); m_inner->upsertDepartment(d); }
void ScopedStore::setRouting(const RoutingRule &r) { requireAdministrator(); m_inner->setRouting(r); }
void ScopedStore::replaceCalendar(const QString &csv) { requireAdministrator(); m_inner->replaceCalendar(csv); }
void ScopedStore::addAdminUnits(const QVector<AdminUnit> &u) { requireAdministrator(); m_inner->addAdminUnits(u); }
void ScopedStore::addCameras(const QVector<Camera> &c) { requireAdministrator(); m_inner->addCameras(c); }
void ScopedStore::importIncidents(const QVector<IncidentRecord> &r) { requireAdministrator(); m_inner->importIncidents(r); }

QVector<AuditEntry> ScopedStore::auditEntries(qint64 afterSeq, int limit) const
{
    requireAdministrator();
    return m_inner->auditEntries(afterSeq, limit);
}

PersonalDetails ScopedStore::revealPersonalData(qint64 id)
{
    if (!m_user.personalData)
        refuse(tr("no right to see personal data"));
    requireVisible(m_inner->incident(id), id);
    return m_inner->revealPersonalData(id);
}

QVector<UserAccount> ScopedStore::users() const
{
    if (accesspolicy::isAdministrator(m_user))
        return m_inner->users();
    QVector<UserAccount> own;
    for (const UserAccount &u : m_inner->users())
        if (u.username == m_user.username)
            own.push_back(u);
    return own;
}

void ScopedStore::addUser(const UserAccount &u, const QString &p) { requireAdministrator(); m_inner->addUser(u, p); }
void ScopedStore::setUserActive(const QString &u, bool a) { requireAdministrator(); m_inner->setUserActive(u, a); }
std::optional<UserAccount> ScopedStore::authenticate(const QString &u, const QString &p) { return m_inner->authenticate(u, p); }
std::optional<UserAccount> ScopedStore::currentUser() const { return m_user; }
qint64 ScopedStore::lastChangeSeq() const { return m_inner->lastChangeSeq(); }
QVector<ChangeRecord> ScopedStore::changesSince(qint64 seq, int limit) const { return m_inner->changesSince(seq, limit); }

} // namespace griddesk
