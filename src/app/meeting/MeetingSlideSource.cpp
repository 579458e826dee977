#include "MeetingSlideSource.h"
#include "MeetingAgenda.h"
#include "PendingWork.h"
#include "Store.h"
#include "StoreError.h"

#include <QTimer>
#include <QtConcurrent>

namespace griddesk::app {

MeetingSlideSource::MeetingSlideSource(const Store &store, StoreOpener opener, AgendaNames names, QObject *parent)
    : SlideSource(parent)
    , m_store(store)
    , m_opener(std::move(opener))
    , m_names(std::move(names))
{
    m_worker = new QFutureWatcher<Batch>(this);
    connect(m_worker, &QFutureWatcher<Batch>::finished, this, &MeetingSlideSource::readFinished);
}

MeetingSlideSource::~MeetingSlideSource()
{
    m_worker->waitForFinished();
}

void MeetingSlideSource::setMeeting(const Meeting &meeting)
{
    // An item that stays where it was with the same cases keeps the facts
    // read for it (a save during the meeting must not blank the wall).
    auto same = [](const AgendaItem &a, const AgendaItem &b) {
        return a.key() == b.key() && a.caseIds == b.caseIds && a.params == b.params && a.title == b.title
            && a.unitCodes == b.unitCodes;
    };
    QHash<int, ItemFacts> kept;
    bool all = meeting.agenda.size() == m_meeting.agenda.size();
    for (int i = 0; i < meeting.agenda.size(); ++i) {
        const bool unchanged = i < m_meeting.agenda.size() && same(m_meeting.agenda.at(i), meeting.agenda.at(i));
        all = all && unchanged;
        const auto cached = m_cache.constFind(i);
        if (unchanged && cached != m_cache.constEnd()) {
            ItemFacts f = *cached;
            f.item = meeting.agenda.at(i); // its time, notes and id as saved
            kept.insert(i, f);
        }
    }
    m_meeting = meeting;
    m_cache = kept;
    if (!all) {
        ++m_generation; // what is being read is for the old agenda
        m_pending.clear();
        m_reading.clear();
    }
    Q_EMIT agendaChanged();
}

ItemFacts MeetingSlideSource::facts(int index) const
{
    if (index < 0 || index >= m_meeting.agenda.size())
        return {};
    const auto cached = m_cache.constFind(index);
    if (cached != m_cache.constEnd())
        return *cached;
    request(index);
    const AgendaItem &item = m_meeting.agenda.at(index);
    // The title, reason and area at once; the cases follow.
    return AgendaFacts(m_names, QDateTime::currentDateTimeUtc()).facts(item, {});
}

ItemFacts MeetingSlideSource::factsNow(int index) const
{
    if (index < 0 || index >= m_meeting.agenda.size())
        return {};
    const auto cached = m_cache.constFind(index);
    if (cached != m_cache.constEnd() && !m_pending.contains(index) && !m_reading.contains(index))
        return *cached;
    const AgendaItem &item = m_meeting.agenda.at(index);
    const ItemFacts f = AgendaFacts(m_names, QDateTime::currentDateTimeUtc())
                            .facts(item, MeetingAgenda(m_store).cases(item.caseIds));
    m_cache.insert(index, f);
    return f;
}

bool MeetingSlideSource::isComplete() const
{
    return m_cache.size() == m_meeting.agenda.size() && m_pending.isEmpty() && m_reading.isEmpty();
}

void MeetingSlideSource::request(int index) const
{
    if (m_reading.contains(index) && !m_pending.contains(index))
        return; // on its way
    const bool first = m_pending.isEmpty();
    m_pending.insert(index);
    // Requests made together (a presentation asking for every title) go in one read.
    if (first)
        QTimer::singleShot(0, this, [this] { startReading(); });
}

void MeetingSlideSource::startReading() const
{
    if (isPending(*m_worker) || m_pending.isEmpty())
        return; // the running read starts the next when it ends
    QVector<QPair<int, AgendaItem>> items;
    for (int i : qAsConst(m_pending))
        if (i < m_meeting.agenda.size())
            items.append({i, m_meeting.agenda.at(i)});
    m_reading = m_pending;
    m_pending.clear();
    const StoreOpener opener = m_opener;
    const AgendaNames names = m_names;
    const int generation = m_generation;
    m_worker->setFuture(QtConcurrent::run([opener, names, items, generation] {
        Batch b;
        b.generation = generation;
        try {
            const std::unique_ptr<Store> store = opener.open(StoreOpener::Access::ReadOnly);
            QVector<qint64> ids;
            for (const auto &[index, item] : items)
                ids += item.caseIds;
            const QHash<qint64, Incident> cases = MeetingAgenda(*store).cases(ids);
            const AgendaFacts facts(names, QDateTime::currentDateTimeUtc());
            for (const auto &[index, item] : items)
                b.facts.insert(index, facts.facts(item, cases));
        } catch (const StoreError &e) {
            b.error = e.message();
        }
        return b;
    }));
}

void MeetingSlideSource::readFinished()
{
    const Batch b = m_worker->result();
    const QSet<int> read = m_reading;
    m_reading.clear();
    if (b.generation == m_generation) {
        if (!b.error.isEmpty())
            m_pending += read; // asked again on the next change or request
        for (auto it = b.facts.cbegin(); it != b.facts.cend(); ++it) {
            m_cache.insert(it.key(), it.value());
            Q_EMIT factsChanged(it.key());
        }
    }
    if (!m_pending.isEmpty() && b.error.isEmpty())
        startReading();
}

void MeetingSlideSource::onChanges(const QVector<ChangeRecord> &changes)
{
    QSet<qint64> cases;
    for (const ChangeRecord &c : changes)
        if (c.table == QLatin1String("incidents"))
            cases.insert(c.rowId);
    if (cases.isEmpty())
        return;
    // Read again on the worker; the slide keeps what it shows until then.
    for (int i = 0; i < m_meeting.agenda.size(); ++i) {
        const QVector<qint64> &ids = m_meeting.agenda.at(i).caseIds;
        if (std::any_of(ids.begin(), ids.end(), [&](qint64 id) { return cases.contains(id); }))
            request(i);
    }
}

} // namespace griddesk::app
