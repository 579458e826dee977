#include "AgendaBuilder.h"
#include "AgendaText.h"
#include "Kpi.h"
#include "KpiEngine.h"
#include "KpiFigure.h"
#include "KpiPeriod.h"
#include "WorkingCalendar.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>

#include <algorithm>
#include <future>

namespace griddesk {

namespace {

QVector<const KpiCase *> township(const AgendaInputs &in)
{
    QVector<const KpiCase *> out;
    out.reserve(in.cases.size());
    for (const KpiCase &c : in.cases)
        if (in.townshipCode.isEmpty() || c.townshipCode == in.townshipCode)
            out << &c;
    return out;
}

// The township's cases: the inputs themselves when they hold no others (the
// store reads one township's), else a copy of its own.
QVector<KpiCase> townshipCopy(const AgendaInputs &in)
{
    const bool all = in.townshipCode.isEmpty()
                  || std::all_of(in.cases.cbegin(), in.cases.cend(),
                                 [&](const KpiCase &c) { return c.townshipCode == in.townshipCode; });
    if (all)
        return in.cases; // shared, not copied
    QVector<KpiCase> out;
    for (const KpiCase *c : township(in))
        out << *c;
    return out;
}

// The week the meeting looks back on: the week of the day before it, so that
// a Monday meeting looks at the week just ended.
KpiPeriod meetingWeek(const AgendaInputs &in)
{
    return KpiPeriod::week(WorkingCalendar::localDay(in.at).addDays(-1));
}

KpiPeriod sinceLastMeeting(const AgendaInputs &in)
{
    const QDate first = WorkingCalendar::localDay(in.since());
    const QDate last = WorkingCalendar::localDay(in.at);
    return KpiPeriod::custom(std::min(first, last), last);
}

AgendaItem item(AgendaKind kind, int minutes)
{
    AgendaItem i;
    i.kind = kind;
    i.plannedMinutes = minutes;
    return i;
}

// The largest `max` warnings (most cases, then the latest).
QVector<KpiWarning> largest(QVector<KpiWarning> list, int max)
{
    std::stable_sort(list.begin(), list.end(), [](const KpiWarning &a, const KpiWarning &b) {
        return a.count != b.count ? a.count > b.count : a.latestAt > b.latestAt;
    });
    if (list.size() > max)
        list.resize(max);
    return list;
}

AgendaItem warningItem(AgendaKind kind, const KpiWarning &w, int minutes)
{
    AgendaItem i = item(kind, minutes);
    i.params = QJsonObject{{QStringLiteral("warning"), w.code()},     {QStringLiteral("count"), w.count},
                           {QStringLiteral("days"), w.days},          {QStringLiteral("party"), w.party},
                           {QStringLiteral("category"), w.categoryCode}, {QStringLiteral("unit"), w.unitCode},
                           {QStringLiteral("baseline"), w.baseline},  {QStringLiteral("periods"), w.periods},
                           {QStringLiteral("metres"), w.metres}};
    i.caseIds = w.caseIds;
    if (!w.unitCode.isEmpty())
        i.unitCodes << w.unitCode;
    return i;
}

} // namespace

QDateTime AgendaInputs::since() const
{
    return lastMeetingAt.isValid() && lastMeetingAt < at ? lastMeetingAt : at.addDays(-7);
}

AgendaBuilder::AgendaBuilder(AgendaSettings settings)
    : m_settings(std::move(settings))
{
}

bool AgendaBuilder::isOpen(const KpiCase &c)
{
    return incidentstate::isOpen(c.state) && c.masterId == 0;
}

QVector<AgendaItem> AgendaBuilder::build(const AgendaInputs &in) const
{
    // The three rules that go over every case run beside each other; the
    // inputs are only read.
    auto repeats = std::async(std::launch::async, [&] { return repeatDisputes(in); });
    auto warnings = std::async(std::launch::async, [&] { return earlyWarnings(in); });
    const QVector<AgendaItem> drops = kpiDrops(in);
    QVector<AgendaItem> out = openTasks(in) + overdue(in) + supervised(in) + escalated(in) + repeats.get()
                            + warnings.get() + drops + unscreened(in) + bulletins(in);
    for (int i = 0; i < out.size(); ++i)
        out[i].position = i;
    return out;
}

QVector<AgendaItem> AgendaBuilder::openTasks(const AgendaInputs &in) const
{
    QVector<MeetingTask> tasks;
    for (const MeetingTask &t : in.tasks)
        if (t.state == TaskState::Open && t.decidedAt < in.at
            && (in.townshipCode.isEmpty() || t.townshipCode == in.townshipCode))
            tasks << t;
    std::sort(tasks.begin(), tasks.end(), [](const MeetingTask &a, const MeetingTask &b) {
        return a.dueAt != b.dueAt ? a.dueAt < b.dueAt : a.id < b.id;
    });
    QVector<AgendaItem> out;
    for (const MeetingTask &t : tasks) {
        AgendaItem i = item(AgendaKind::OpenTask, m_settings.minutesOpenTask);
        i.taskId = t.id;
        i.caseIds = t.caseIds;
        for (const QString &u : {t.gridCode, t.communityCode})
            if (!u.isEmpty()) {
                i.unitCodes << u;
                break;
            }
        i.params = QJsonObject{{QStringLiteral("code"), t.code},
                               {QStringLiteral("decision"), t.decision},
                               {QStringLiteral("department"), t.ownerDepartment},
                               {QStringLiteral("decidedAt"), AgendaText::isoInstant(t.decidedAt)},
                               {QStringLiteral("dueAt"), AgendaText::isoInstant(t.dueAt)}};
        out << i;
    }
    return out;
}

QVector<AgendaItem> AgendaBuilder::overdue(const AgendaInputs &in) const
{
    QMap<QString, QVector<const KpiCase *>> byDepartment;
    for (const KpiCase *c : township(in))
        if (isOpen(*c) && c->deadlineAt.isValid() && c->deadlineAt < in.at)
            byDepartment[c->leadDepartment] << c;
    QVector<AgendaItem> out;
    for (auto it = byDepartment.begin(); it != byDepartment.end(); ++it) {
        QVector<const KpiCase *> &cases = it.value();
        std::sort(cases.begin(), cases.end(), [](const KpiCase *a, const KpiCase *b) {
            return a->deadlineAt != b->deadlineAt ? a->deadlineAt < b->deadlineAt : a->id < b->id;
        });
        AgendaItem i = item(AgendaKind::Overdue, m_settings.minutesCases);
        int supervisedCount = 0;
        for (const KpiCase *c : cases) {
            i.caseIds << c->id;
            supervisedCount += c->supervised ? 1 : 0;
        }
        i.params = QJsonObject{{QStringLiteral("department"), it.key()},
                               {QStringLiteral("count"), int(cases.size())},
                               {QStringLiteral("supervised"), supervisedCount},
                               {QStringLiteral("maxDays"), int(cases.first()->deadlineAt.daysTo(in.at))}};
        out << i;
    }
    std::stable_sort(out.begin(), out.end(), [](const AgendaItem &a, const AgendaItem &b) {
        return a.caseIds.size() > b.caseIds.size();
    });
    return out;
}

QVector<AgendaItem> AgendaBuilder::supervised(const AgendaInputs &in) const
{
    QVector<const KpiCase *> cases;
    for (const KpiCase *c : township(in))
        if (isOpen(*c) && c->supervised && !(c->deadlineAt.isValid() && c->deadlineAt < in.at))
            cases << c;
    if (cases.isEmpty())
        return {};
    std::sort(cases.begin(), cases.end(), [](const KpiCase *a, const KpiCase *b) {
        const QDateTime da = a->deadlineAt.isValid() ? a->deadlineAt : QDateTime::fromSecsSinceEpoch(0x7fffffff);
        const QDateTime db = b->deadlineAt.isValid() ? b->deadlineAt : QDateTime::fromSecsSinceEpoch(0x7fffffff);
        return da != db ? da < db : a->id < b->id;
    });
    AgendaItem i = item(AgendaKind::Supervised, m_settings.minutesCases);
    for (const KpiCase *c : cases)
        i.caseIds << c->id;
    i.params = QJsonObject{{QStringLiteral("count"), int(cases.size())}};
    return {i};
}

QVector<AgendaItem> AgendaBuilder::escalated(const AgendaInputs &in) const
{
    const QDateTime since = in.since();
    QVector<QPair<QDateTime, const KpiCase *>> found;
    for (const KpiCase *c : township(in)) {
        QDateTime latest;
        for (const KpiEvent &e : c->events)
            if (e.action == IncidentAction::Escalate && e.at > since && e.at <= in.at)
                latest = e.at;
        if (latest.isValid())
            found.append({latest, c});
    }
    if (found.isEmpty())
        return {};
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second->id < b.second->id;
    });
    AgendaItem i = item(AgendaKind::Escalated, m_settings.minutesCases);
    int levels[3] = {0, 0, 0};
    for (const auto &[at, c] : found) {
        i.caseIds << c->id;
        if (c->level == AdminLevel::Community)
            ++levels[0];
        else if (c->level == AdminLevel::Township)
            ++levels[1];
        else if (c->level == AdminLevel::District)
            ++levels[2];
    }
    i.params = QJsonObject{{QStringLiteral("count"), int(found.size())},
                           {QStringLiteral("since"), AgendaText::isoInstant(since)},
                           {QStringLiteral("toCommunity"), levels[0]},
                           {QStringLiteral("toTownship"), levels[1]},
                           {QStringLiteral("toDistrict"), levels[2]}};
    return {i};
}

QVector<AgendaItem> AgendaBuilder::repeatDisputes(const AgendaInputs &in) const
{
    const KpiEngine engine(in.units, m_settings.kpi);
    const EarlyWarning warnings(engine, m_settings.warnings);
    const QVector<KpiCase> cases = townshipCopy(in);
    const KpiPeriod period = sinceLastMeeting(in);
    QVector<AgendaItem> out;
    for (const KpiWarning &w : largest(warnings.repeatParties(cases, period, in.at) + warnings.repeatPlaces(cases, period, in.at),
                                       m_settings.maxWarnings))
        out << warningItem(AgendaKind::RepeatDispute, w, m_settings.minutesAnalysis);
    return out;
}

QVector<AgendaItem> AgendaBuilder::earlyWarnings(const AgendaInputs &in) const
{
    const KpiEngine engine(in.units, m_settings.kpi);
    const EarlyWarning warnings(engine, m_settings.warnings);
    const QVector<KpiCase> cases = townshipCopy(in);
    QVector<AgendaItem> out;
    for (const KpiWarning &w : largest(warnings.rising(cases, meetingWeek(in), in.at)
                                           + warnings.clusters(cases, sinceLastMeeting(in), in.at),
                                       m_settings.maxWarnings))
        out << warningItem(AgendaKind::EarlyWarning, w, m_settings.minutesAnalysis);
    return out;
}

QVector<AgendaItem> AgendaBuilder::kpiDrops(const AgendaInputs &in) const
{
    const KpiEngine engine(in.units, m_settings.kpi);
    const QVector<KpiCase> cases = townshipCopy(in);
    const KpiPeriod now = KpiPeriod::containing(KpiPeriod::Kind::Month, WorkingCalendar::localDay(in.at).addDays(-1));
    const KpiPeriod before = now.previous();
    // The agenda names falls of the case and screening figures; the work log is the dashboard's.
    const KpiActivity activity{in.screenings, {}, {}};
    const KpiTable current = engine.compute(cases, activity, now, in.at);
    const KpiTable earlier = engine.compute(cases, activity, before, in.at);
    QVector<KpiUnit> units;
    for (const KpiUnit &u : engine.units())
        if (!u.department && (u.code == in.townshipCode
                              || (u.level == AdminLevel::Community
                                  && (in.townshipCode.isEmpty() || u.parentCode == in.townshipCode))))
            units << u;
    std::stable_sort(units.begin(), units.end(), [](const KpiUnit &a, const KpiUnit &b) {
        return a.level != b.level ? a.level < b.level : a.code < b.code;
    });
    // One item for the month: the township first, then the communities with
    // the largest fall first, each with its KPIs that fell.
    struct Fall {
        QString unit;
        QJsonArray drops;
        double largest = 0;
    };
    QVector<Fall> falls;
    for (const KpiUnit &u : units) {
        Fall fall{u.code, {}, 0.0};
        for (Kpi k : kpi::all()) {
            if (kpi::kind(k) != KpiKind::Percent)
                continue;
            const KpiFigure a = current.figure(u.code, k);
            const KpiFigure b = earlier.figure(u.code, k);
            const std::optional<double> change = kpiChange(a, b);
            if (!change)
                continue;
            const double worse = kpi::higherIsBetter(k) ? -*change : *change;
            if (worse >= m_settings.kpiDropPoints) {
                fall.drops.append(QJsonObject{{QStringLiteral("kpi"), kpi::code(k)},
                                              {QStringLiteral("now"), *a.value},
                                              {QStringLiteral("before"), *b.value}});
                fall.largest = std::max(fall.largest, worse);
            }
        }
        if (!fall.drops.isEmpty())
            falls << fall;
    }
    if (falls.isEmpty())
        return {};
    std::stable_sort(falls.begin(), falls.end(), [&](const Fall &a, const Fall &b) {
        const bool aTop = a.unit == in.townshipCode, bTop = b.unit == in.townshipCode;
        return aTop != bTop ? aTop : a.largest > b.largest;
    });
    AgendaItem i = item(AgendaKind::KpiDrop, m_settings.minutesAnalysis);
    QJsonArray areas;
    for (const Fall &f : falls) {
        i.unitCodes << f.unit;
        areas.append(QJsonObject{{QStringLiteral("unit"), f.unit}, {QStringLiteral("drops"), f.drops}});
    }
    i.params = QJsonObject{{QStringLiteral("period"), now.key()},
                           {QStringLiteral("previous"), before.key()},
                           {QStringLiteral("points"), m_settings.kpiDropPoints},
                           {QStringLiteral("units"), areas}};
    return {i};
}

QVector<AgendaItem> AgendaBuilder::unscreened(const AgendaInputs &in) const
{
    const KpiPeriod week = meetingWeek(in);
    const QString isoWeek = week.isoWeeks().value(0);
    QSet<QString> screened;
    for (const KpiScreening &s : in.screenings)
        if (s.isoWeek == isoWeek)
            screened.insert(s.gridCode);
    QHash<QString, QString> parentOf;
    for (const KpiUnit &u : in.units)
        parentOf.insert(u.code, u.parentCode);
    QStringList grids;
    int total = 0;
    for (const KpiUnit &u : in.units) {
        if (u.department || u.level != AdminLevel::Grid)
            continue;
        if (!in.townshipCode.isEmpty() && parentOf.value(u.parentCode) != in.townshipCode)
            continue;
        ++total;
        if (!screened.contains(u.code))
            grids << u.code;
    }
    if (grids.isEmpty())
        return {};
    grids.sort();
    AgendaItem i = item(AgendaKind::Unscreened, m_settings.minutesUnscreened);
    i.unitCodes = grids;
    i.params = QJsonObject{{QStringLiteral("count"), int(grids.size())},
                           {QStringLiteral("total"), total},
                           {QStringLiteral("week"), isoWeek}};
    return {i};
}

QVector<AgendaItem> AgendaBuilder::bulletins(const AgendaInputs &in) const
{
    QVector<Bulletin> active;
    for (const Bulletin &b : in.bulletins)
        if (b.isActive(in.at)
            && (in.townshipCode.isEmpty() || b.townshipCode == in.townshipCode || b.unitCodes.contains(in.townshipCode)))
            active << b;
    std::sort(active.begin(), active.end(), [](const Bulletin &a, const Bulletin &b) {
        return a.level != b.level ? a.level > b.level : a.validFrom > b.validFrom;
    });
    QVector<AgendaItem> out;
    for (const Bulletin &b : active) {
        AgendaItem i = item(AgendaKind::Bulletin, m_settings.minutesBulletin);
        i.bulletinId = b.id;
        i.unitCodes = b.unitCodes;
        i.params = QJsonObject{{QStringLiteral("code"), b.code},
                               {QStringLiteral("level"), int(b.level)},
                               {QStringLiteral("title"), b.title},
                               {QStringLiteral("text"), b.text},
                               {QStringLiteral("validTo"), AgendaText::isoInstant(b.validTo)}};
        out << i;
    }
    return out;
}

QVector<AgendaItem> AgendaBuilder::merge(const QVector<AgendaItem> &current, const QVector<AgendaItem> &rebuilt,
                                         const QSet<QString> &removed)
{
    QHash<QString, int> fresh;
    for (int i = 0; i < rebuilt.size(); ++i)
        fresh.insert(rebuilt.at(i).key(), i);
    QVector<bool> used(rebuilt.size(), false);
    QVector<AgendaItem> out;
    for (const AgendaItem &old : current) {
        if (old.kind == AgendaKind::Custom) {
            out << old;
            continue;
        }
        const int at = fresh.value(old.key(), -1);
        if (at < 0)
            continue; // no longer called for
        AgendaItem i = rebuilt.at(at);
        i.id = old.id;
        i.meetingId = old.meetingId;
        i.plannedMinutes = old.plannedMinutes;
        i.usedSeconds = old.usedSeconds;
        i.notes = old.notes;
        used[at] = true;
        out << i;
    }
    for (int i = 0; i < rebuilt.size(); ++i)
        if (!used.at(i) && !removed.contains(rebuilt.at(i).key()))
            out << rebuilt.at(i);
    for (int i = 0; i < out.size(); ++i)
        out[i].position = i;
    return out;
}

} // namespace griddesk
