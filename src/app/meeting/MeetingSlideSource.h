#pragma once
// The slides of the meeting being shown, over the store and the change feed:
// each item's facts are put into words from its cases as they are now.
//
// Presentation mode never waits for the store: an item not read yet shows
// its title and reason at once, while its cases are read on a worker thread
// with a connection of its own (all items together, when the presentation
// starts); the slide fills in when they arrive (factsChanged). A change of
// one of an item's cases reads that item again the same way, the slide
// keeping what it shows until then. Exports and decisions read in full now
// (factsNow).
#include "AgendaFacts.h"
#include "ChangeRecord.h"
#include "SlideSource.h"
#include "StoreOpener.h"

#include <QFutureWatcher>
#include <QHash>
#include <QSet>

namespace griddesk {
class Store;
}

namespace griddesk::app {

class MeetingSlideSource : public SlideSource
{
    Q_OBJECT

public:
    // `store`: the console's own connection, for factsNow; `opener`: for the
    // worker's.
    MeetingSlideSource(const Store &store, StoreOpener opener, AgendaNames names, QObject *parent = nullptr);
    ~MeetingSlideSource() override;

    void setMeeting(const Meeting &meeting);
    int count() const override { return int(m_meeting.agenda.size()); }
    // Without waiting: the facts read so far, or the title and reason alone
    // while the cases are being read.
    ItemFacts facts(int index) const override;
    // In full, read now if not read yet.
    ItemFacts factsNow(int index) const;
    // Whether every item's cases have been read.
    bool isComplete() const;
    Meeting meeting() const override { return m_meeting; }

    // Called with the change feed's records.
    void onChanges(const QVector<ChangeRecord> &changes);

private:
    struct Batch {
        int generation = 0;
        QHash<int, ItemFacts> facts;
        QString error;
    };
    void request(int index) const;
    void startReading() const;
    void readFinished();

    const Store &m_store;
    StoreOpener m_opener;
    AgendaNames m_names;
    Meeting m_meeting;
    int m_generation = 0; // a new meeting or agenda drops what was being read for the last
    mutable QHash<int, ItemFacts> m_cache;
    mutable QSet<int> m_pending;  // to read
    mutable QSet<int> m_reading;  // being read
    mutable QFutureWatcher<Batch> *m_worker = nullptr;
};

} // namespace griddesk::app
