#include "StoreScope.h"
#include "DivisionCode.h"
#include "StoreError.h"

namespace griddesk {

StoreScope::StoreScope(UserAccount person, QHash<QString, QString> parents)
    : m_person(std::move(person))
    , m_parents(std::move(parents))
{
}

QStringList StoreScope::chain(const QString &code) const
{
    // A unit unknown at sign-in (a grid drawn, split or retired since) is
    // placed by its code, which carries its community's and township's.
    auto parentOf = [&](const QString &c) {
        const auto found = m_parents.constFind(c);
        return found != m_parents.cend() ? *found : divisioncode::parentOf(c);
    };
    QStringList out{code};
    QString parent = parentOf(code);
    for (int depth = 0; !parent.isEmpty() && depth < 2; ++depth) {
        out << parent;
        parent = parentOf(parent);
    }
    return out;
}

bool StoreScope::seesUnit(const QString &code) const
{
    if (isAdministrator())
        return true;
    return chain(code).contains(m_person->scopeCode) || chain(m_person->scopeCode).contains(code);
}

bool StoreScope::coversUnit(const QString &code) const
{
    return isAdministrator() || chain(code).contains(m_person->scopeCode);
}

bool StoreScope::mayEditGrids(const QString &communityCode) const
{
    if (isAdministrator())
        return true;
    return m_person->role == Role::CentreStaff && !m_person->scopeCode.isEmpty()
        && chain(communityCode).contains(m_person->scopeCode);
}

bool StoreScope::seesGrid(const QString &gridCode) const
{
    if (!m_person)
        return true;
    const QStringList c = chain(gridCode);
    return accesspolicy::inScope(*m_person, gridCode, c.value(1), c.value(2));
}

bool StoreScope::seesIncident(const Incident &incident) const
{
    return !m_person || accesspolicy::canSee(*m_person, incident);
}

bool StoreScope::seesQueued(const Incident &incident) const
{
    if (!m_person)
        return true;
    Incident located = incident;
    const QStringList c = chain(incident.gridCode);
    located.communityCode = c.value(1);
    located.townshipCode = c.value(2);
    return accesspolicy::canSee(*m_person, located);
}

void StoreScope::refuse(const QString &why) const
{
    const QString who = m_person ? m_person->displayName : QString();
    const QString role = m_person ? role::displayName(m_person->role) : QString();
    throw StoreError(StoreError::Kind::Invalid, tr("%1 (%2): %3").arg(who, role, why));
}

void StoreScope::requireWriter() const
{
    if (m_person && !accesspolicy::canWrite(*m_person))
        refuse(tr("this role reads only"));
}

void StoreScope::requireAdministrator() const
{
    if (!isAdministrator())
        refuse(tr("only an administrator may do this"));
}

void StoreScope::requirePersonalData() const
{
    if (m_person && !m_person->personalData)
        refuse(tr("no right to see personal data"));
}

void StoreScope::requireRole(Role acting) const
{
    // The time-limit monitor acts as the system on the centre's behalf.
    const bool systemForCentre = acting == Role::System && m_person && m_person->role == Role::CentreStaff;
    if (!isAdministrator() && acting != m_person->role && !systemForCentre)
        refuse(tr("acting as %1 is not your role").arg(role::displayName(acting)));
}

const Incident &StoreScope::requireVisible(const std::optional<Incident> &incident, qint64 id) const
{
    if (!incident || !seesIncident(*incident))
        throw StoreError(StoreError::Kind::NotFound, tr("incident %1 does not exist or is outside your area").arg(id));
    return *incident;
}

} // namespace griddesk
