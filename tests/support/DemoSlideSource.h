#pragma once
// A slide source held in memory, for the presentation tests and pictures:
// items are set by hand, and setFacts() stands in for a case that changes
// during the meeting. fromStore() builds a meeting of six items from the
// demo township's real cases, units and departments (titles and facts in
// Chinese, as AgendaText writes them for a Chinese reader); builtItems() the
// agenda the console itself builds from the data.

#include "SlideSource.h"

#include <QVector>

namespace griddesk {
class Store;
}

namespace griddesk::test {

class DemoSlideSource : public app::SlideSource
{
    Q_OBJECT

public:
    explicit DemoSlideSource(QObject *parent = nullptr);

    int count() const override { return m_facts.size(); }
    ItemFacts facts(int index) const override { return m_facts.value(index); }
    Meeting meeting() const override { return m_meeting; }

    void setMeeting(const Meeting &meeting, const QVector<ItemFacts> &facts);
    // Replaces item `index`'s facts and says so (factsChanged).
    void setFacts(int index, const ItemFacts &facts);

    // The demo meeting on `store` (a demo township), held at `heldAt`.
    static QVector<ItemFacts> demoItems(Store &store, const QDateTime &heldAt, Meeting *meeting);
    // The meeting the console would prepare on `store` at `heldAt`: the
    // agenda built from the data (MeetingAgenda) and each item's facts put
    // into words as the slides show them (AgendaFacts), in the reader's language.
    static QVector<ItemFacts> builtItems(const Store &store, const QDateTime &heldAt, Meeting *meeting);

private:
    Meeting m_meeting;
    QVector<ItemFacts> m_facts;
};

} // namespace griddesk::test
