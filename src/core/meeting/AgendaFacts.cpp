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
    f.chartTitle = byCommunity ? tr("Cases by community") : tr("Cases by grid");
    for (int i = 0; i < order.size() && i < 10; ++i)
        f.chart << FactsBar{m_names.unit(order.at(i).second), double(order.at(i).first)};
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
        const QJsonArray drops = item.params.value(QLatin1String("drops")).toArray();
        f.chartTitle = tr("Worse by (points)");
        for (const QJsonValue &v : drops) {
            const QJsonObject d = v.toObject();
            Kpi k;
            if (!kpi::fromCode(d.value(QLatin1String("kpi")).toString(), &k))
                continue;
            const double now = d.value(QLatin1String("now")).toDouble();
            const double before = d.value(QLatin1String("before")).toDouble();
            f.facts << tr("%1: %2 → %3").arg(kpi::name(k), kpi::formatValue(k, before), kpi::formatValue(k, now));
            f.chart << FactsBar{kpi::name(k), std::abs(now - before)};
        }
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
