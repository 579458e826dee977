#include "MeetingSlideSource.h"
#include "MeetingAgenda.h"
#include "Store.h"

#include <QSet>

namespace griddesk::app {

MeetingSlideSource::MeetingSlideSource(const Store &store, AgendaNames names, QObject *parent)
    : SlideSource(parent)
    , m_store(store)
    , m_names(std::move(names))
{
}

void MeetingSlideSource::setMeeting(const Meeting &meeting)
{
    m_meeting = meeting;
    m_cache.clear();
    Q_EMIT agendaChanged();
}

ItemFacts MeetingSlideSource::facts(int index) const
{
    if (index < 0 || index >= m_meeting.agenda.size())
        return {};
    const auto cached = m_cache.constFind(index);
    if (cached != m_cache.constEnd())
        return *cached;
    const AgendaItem &item = m_meeting.agenda.at(index);
    const ItemFacts f = AgendaFacts(m_names, QDateTime::currentDateTimeUtc())
                            .facts(item, MeetingAgenda(m_store).cases(item.caseIds));
    m_cache.insert(index, f);
    return f;
}

void MeetingSlideSource::onChanges(const QVector<ChangeRecord> &changes)
{
    QSet<qint64> cases;
    for (const ChangeRecord &c : changes)
        if (c.table == QLatin1String("incidents"))
            cases.insert(c.rowId);
    if (cases.isEmpty())
        return;
    for (int i = 0; i < m_meeting.agenda.size(); ++i) {
        const QVector<qint64> &ids = m_meeting.agenda.at(i).caseIds;
        if (std::any_of(ids.begin(), ids.end(), [&](qint64 id) { return cases.contains(id); })) {
            m_cache.remove(i);
            Q_EMIT factsChanged(i);
        }
    }
}

} // namespace griddesk::app
