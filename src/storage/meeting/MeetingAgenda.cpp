#include "MeetingAgenda.h"
#include "PolygonOps.h"
#include "Store.h"

#include <QLocale>

namespace griddesk {

MeetingAgenda::MeetingAgenda(const Store &store)
    : m_store(store)
{
}

AgendaInputs MeetingAgenda::inputs(const QString &townshipCode, const QDateTime &at, qint64 meetingId) const
{
    AgendaInputs in;
    in.townshipCode = townshipCode;
    in.at = at;
    for (const Meeting &m : m_store.meetings(QDateTime(), at))
        if (m.townshipCode == townshipCode && m.id != meetingId) {
            in.lastMeetingAt = m.heldAt;
            break;
        }
    const QDateTime from = at.addDays(-kLookbackDays);
    in.cases = m_store.kpiCases(from, at, townshipCode);
    in.units = m_store.kpiUnits();
    // The KPI months start at most 62 days back; the meeting's week ends before it.
    in.screenings = m_store.kpiScreenings(from, at.addDays(7));
    in.tasks = m_store.tasks(true);
    in.bulletins = m_store.activeBulletins(at);
    return in;
}

QVector<AgendaItem> MeetingAgenda::build(const QString &townshipCode, const QDateTime &at, qint64 meetingId,
                                         const AgendaSettings &settings) const
{
    AgendaSettings s = settings;
    s.kpi = m_store.assessmentSettings();
    return AgendaBuilder(s).build(inputs(townshipCode, at, meetingId));
}

AgendaNames MeetingAgenda::names(bool withUnits) const
{
    AgendaNames n;
    const bool chinese = QLocale().language() == QLocale::Chinese;
    for (const AdminUnit &u : withUnits ? m_store.adminUnits() : QVector<AdminUnit>()) {
        n.units.insert(u.code, u.name);
        n.unitBounds.insert(u.code, polygon::bounds(u.geometry));
    }
    for (const Department &d : m_store.departments())
        n.departments.insert(d.code, chinese || d.nameEn.isEmpty() ? d.nameZh : d.nameEn);
    for (const IncidentCategory &c : m_store.categories())
        n.categories.insert(c.code, chinese || c.nameEn.isEmpty() ? c.nameZh : c.nameEn);
    return n;
}

QHash<qint64, Incident> MeetingAgenda::cases(const QVector<qint64> &ids) const
{
    QHash<qint64, Incident> out;
    for (const Incident &i : m_store.incidentsById(ids))
        out.insert(i.id, i);
    return out;
}

} // namespace griddesk
