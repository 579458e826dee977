#include "AgendaFacts.h"
#include "IncidentState.h"
#include "Kpi.h"

#include <QJsonArray>
#include <cmath>
#include <QMap>

#include <algorithm>

namespace griddesk {

AgendaFacts::AgendaFacts(AgendaNames names, QDateTime now)
    : m_names(std::move(names))
    , m_now(std::move(now))
{
}

QString AgendaFacts::caseLine(const Incident &c) const
{
    // The state, and where an open case stands against its deadline.
    QString state = incidentstate::displayName(c.state);
    if (incidentstate::isOpen(c.state)) {
        if (c.deadlineAt.isValid() && c.deadlineAt < m_now)
            state = tr("%1, %n days overdue", nullptr, int(std::max<qint64>(1, c.deadlineAt.daysTo(m_now)))).arg(state);
        else if (c.dueAt.isValid())
            state = tr("%1, due %2").arg(state, AgendaText::endDay(c.dueAt));
    }
    QString line = tr("%1 %2 · %3 · %4").arg(c.code, c.title, m_names.unit(c.gridCode), state);
    if (c.supervised)
        line += tr(" · supervised");
    return line;
}

void AgendaFacts::addUnits(ItemFacts &f) const
{
    for (const QString &u : f.unitCodes)
        f.bounds.include(m_names.unitBounds.value(u));
}

void AgendaFacts::addCases(ItemFacts &f, const QHash<qint64, Incident> &cases) const
{
    int shown = 0;
    int hidden = 0;
    for (qint64 id : f.item.caseIds) {
        const auto it = cases.constFind(id);
        if (it == cases.constEnd())
            continue; // outside the reader's scope, or gone
        f.caseIds << id;
        f.points << it->location;
        f.bounds.include(it->location);
        if (shown < kMaxCaseLines) {
            f.facts << caseLine(*it);
            ++shown;
        } else {
            ++hidden;
        }
    }
    if (hidden > 0)
        f.facts << tr("and %n more cases", nullptr, hidden);
}

void AgendaFacts::chartByUnit(ItemFacts &f, const QHash<qint64, Incident> &cases, bool byCommunity) const
{
    QMap<QString, int> counts;
    for (qint64 id : f.caseIds) {
        const Incident &c = cases[id];
        ++counts[byCommunity ? c.communityCode : c.gridCode];
    }
    if (counts.size() < 2)
        return;
    QVector<QPair<int, QString>> order;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        order.append({it.value(), it.key()});
    std::sort(order.begin(), order.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    // One case in each says nothing that the list and the map do not.
    if (order.first().first < 2)
        return;
    f.chartTitle = byCommunity ? tr("Cases by community") : tr("Cases by grid");
    // At most kMaxBars bars; the rest summed up in the last, so that the
    // shares still add up to the whole.
    const int shown = order.size() > kMaxBars ? kMaxBars - 1 : int(order.size());
    for (int i = 0; i < shown; ++i)
        f.chart << FactsBar{m_names.unit(order.at(i).second), double(order.at(i).first)};
    if (shown < order.size()) {
        int rest = 0;
        for (int i = shown; i < order.size(); ++i)
            rest += order.at(i).first;
        f.chart << FactsBar{byCommunity ? tr("%n other communities", nullptr, int(order.size()) - shown)
                                        : tr("%n other grids", nullptr, int(order.size()) - shown),
                            double(rest)};
    }
}

ItemFacts AgendaFacts::facts(const AgendaItem &item, const QHash<qint64, Incident> &cases) const
{
    ItemFacts f;
    f.item = item;
    f.title = AgendaText::title(item, m_names);
    f.reason = AgendaText::reason(item, m_names);
    f.unitCodes = item.unitCodes;
    switch (item.kind) {
    case AgendaKind::Overdue:
    case AgendaKind::Supervised:
    case AgendaKind::Escalated:
        addCases(f, cases);
        chartByUnit(f, cases, true);
        break;
    case AgendaKind::RepeatDispute:
    case AgendaKind::EarlyWarning:
    case AgendaKind::Custom:
        addCases(f, cases);
        addUnits(f);
        break;
    case AgendaKind::OpenTask: {
        const QDateTime due = AgendaText::instant(item.params.value(QLatin1String("dueAt")));
        f.facts << tr("Decision: %1").arg(item.params.value(QLatin1String("decision")).toString());
        f.facts << tr("Owner: %1").arg(m_names.department(item.params.value(QLatin1String("department")).toString()));
        if (due.isValid() && due < m_now)
            f.facts << tr("Due %1, %n days overdue", nullptr, int(std::max<qint64>(1, due.daysTo(m_now))))
                           .arg(AgendaText::endDay(due));
        else
            f.facts << tr("Due %1").arg(AgendaText::endDay(due));
        addCases(f, cases);
        addUnits(f);
        break;
    }
    case AgendaKind::Unscreened: {
        QStringList names;
        for (const QString &u : item.unitCodes)
            names << m_names.unit(u);
        const int perLine = 4;
        for (int i = 0; i < names.size() && f.facts.size() < kMaxCaseLines; i += perLine)
            f.facts << names.mid(i, perLine).join(QStringLiteral("、"));
        if (names.size() > kMaxCaseLines * perLine)
            f.facts << tr("and %n more grids", nullptr, int(names.size() - kMaxCaseLines * perLine));
        addUnits(f);
        break;
    }
    case AgendaKind::KpiDrop: {
        // A month's falls, area by area (an agenda saved before holds one area).
        QJsonArray areas = item.params.value(QLatin1String("units")).toArray();
        if (!item.params.contains(QLatin1String("units")))
            areas.append(item.params);
        const bool one = areas.size() == 1;
        // One area: a bar per KPI that fell. Several: a line per area, which
        // says more than bars of each area's largest fall would.
        if (one)
            f.chartTitle = tr("Worse by (points)");
        for (const QJsonValue &area : areas) {
            const QJsonObject a = area.toObject();
            QStringList falls;
            QString worst;
            double largest = -1;
            for (const QJsonValue &v : a.value(QLatin1String("drops")).toArray()) {
                const QJsonObject d = v.toObject();
                Kpi k;
                if (!kpi::fromCode(d.value(QLatin1String("kpi")).toString(), &k))
                    continue;
                const double now = d.value(QLatin1String("now")).toDouble();
                const double before = d.value(QLatin1String("before")).toDouble();
                const QString fall = tr("%1: %2 → %3").arg(kpi::name(k), kpi::formatValue(k, before), kpi::formatValue(k, now));
                falls << fall;
                if (std::abs(now - before) > largest) {
                    largest = std::abs(now - before);
                    worst = fall;
                }
                if (one)
                    f.chart << FactsBar{kpi::name(k), std::abs(now - before)};
            }
            if (falls.isEmpty())
                continue;
            const QString unit = m_names.unit(a.value(QLatin1String("unit")).toString());
            if (one) {
                f.facts << falls;
                continue;
            }
            // An area a line: its largest fall, and how many more fell.
            if (f.facts.size() < kMaxCaseLines)
                f.facts << (falls.size() > 1 ? tr("%1 — %2, and %n more", nullptr, int(falls.size()) - 1)
                                             : tr("%1 — %2"))
                               .arg(unit, worst);
        }
        if (!one && areas.size() > kMaxCaseLines)
            f.facts << tr("and %n more areas", nullptr, int(areas.size()) - kMaxCaseLines);
        addUnits(f);
        break;
    }
    case AgendaKind::Bulletin:
        f.facts << tr("Level: %1").arg(AgendaText::bulletinLevelName(item.params.value(QLatin1String("level")).toInt()));
        f.facts << item.params.value(QLatin1String("text")).toString();
        f.facts << tr("In force until %1").arg(AgendaText::endDay(AgendaText::instant(item.params.value(QLatin1String("validTo")))));
        addUnits(f);
        break;
    }
    return f;
}

} // namespace griddesk
