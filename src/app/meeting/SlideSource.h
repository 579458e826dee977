#pragma once
// What presentation mode shows, one agenda item at a time: the meeting with
// its agenda, and each item's facts (title, reason, facts, cases, area and
// chart) as they are now. The meeting module implements it over the store and
// the change feed; presentation mode only reads it and listens.

#include "ItemFacts.h"
#include "Meeting.h"

#include <QObject>

namespace griddesk::app {

class SlideSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // The number of agenda items (slides between the title and the end).
    virtual int count() const = 0;
    // The facts of item `index` (0-based, in agenda order), read now.
    virtual ItemFacts facts(int index) const = 0;
    virtual Meeting meeting() const = 0;

Q_SIGNALS:
    // The cases of item `index` changed (state, place, deadline): its slide
    // reads facts(index) again.
    void factsChanged(int index);
    // Items were added, removed or reordered: every slide is read again.
    void agendaChanged();
};

} // namespace griddesk::app
