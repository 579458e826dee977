#pragma once
// What a joint meeting's agenda rests on, read from the store as the reader
// may see it: the cases of the last months and all open ones, the units, the
// screening visits, the open tasks of earlier meetings and the bulletins in
// force; the agenda built from them; and the names and cases that an item's
// facts (AgendaFacts) are put into words with.
#include "AgendaBuilder.h"
#include "AgendaText.h"
#include "Incident.h"

#include <QHash>

namespace griddesk {

class Store;

class MeetingAgenda
{
public:
    // How far back the agenda reads cases: the KPI months, the warnings'
    // baseline weeks and the repeat window.
    static constexpr int kLookbackDays = 100;

    explicit MeetingAgenda(const Store &store);

    // The inputs of the agenda of a township's meeting at `at`; the last
    // meeting is the township's meeting before it (other than `meetingId`).
    AgendaInputs inputs(const QString &townshipCode, const QDateTime &at, qint64 meetingId = 0) const;
    QVector<AgendaItem> build(const QString &townshipCode, const QDateTime &at, qint64 meetingId = 0,
                              const AgendaSettings &settings = {}) const;

    // Units with their outlines' bounds, departments and categories, in the
    // reader's language.
    AgendaNames names(bool withUnits = true) const;
    // The cases among `ids` that the reader sees.
    QHash<qint64, Incident> cases(const QVector<qint64> &ids) const;

private:
    const Store &m_store;
};

} // namespace griddesk
