#pragma once
// The slides of the meeting being shown, over the store and the change feed:
// each item's facts are put into words from its cases as they are now, and a
// change of one of those cases tells presentation mode to read that slide
// again.
#include "AgendaFacts.h"
#include "ChangeRecord.h"
#include "SlideSource.h"

#include <QHash>

namespace griddesk {
class Store;
}

namespace griddesk::app {

class MeetingSlideSource : public SlideSource
{
    Q_OBJECT

public:
    MeetingSlideSource(const Store &store, AgendaNames names, QObject *parent = nullptr);

    void setMeeting(const Meeting &meeting);
    int count() const override { return int(m_meeting.agenda.size()); }
    ItemFacts facts(int index) const override;
    Meeting meeting() const override { return m_meeting; }

    // Called with the change feed's records.
    void onChanges(const QVector<ChangeRecord> &changes);

private:
    const Store &m_store;
    AgendaNames m_names;
    Meeting m_meeting;
    mutable QHash<int, ItemFacts> m_cache;
};

} // namespace griddesk::app
