#pragma once
// The facts of an agenda item for its slide and the meeting pack, from the
// item and the current state of its cases: short lines in the reader's
// language, the cases' places, the area to show and a chart where one helps.
// Built again whenever a case on the item changes, so a slide stays current
// during the meeting.
#include "AgendaText.h"
#include "Incident.h"
#include "ItemFacts.h"

#include <QCoreApplication>
#include <QHash>

namespace griddesk {

class AgendaFacts
{
    Q_DECLARE_TR_FUNCTIONS(AgendaFacts)

public:
    static constexpr int kMaxCaseLines = 8;
    static constexpr int kMaxBars = 10;

    AgendaFacts(AgendaNames names, QDateTime now);

    // `cases` holds at least the item's cases that the reader may see.
    ItemFacts facts(const AgendaItem &item, const QHash<qint64, Incident> &cases) const;

    const AgendaNames &names() const { return m_names; }

private:
    QString caseLine(const Incident &c) const;
    void addCases(ItemFacts &f, const QHash<qint64, Incident> &cases) const;
    void addUnits(ItemFacts &f) const;
    void chartByUnit(ItemFacts &f, const QHash<qint64, Incident> &cases, bool byCommunity) const;

    AgendaNames m_names;
    QDateTime m_now;
};

} // namespace griddesk
