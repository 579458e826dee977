#include "ItemTimes.h"

#include <utility>

namespace griddesk::app {

ItemTimes::ItemTimes(Clock clock)
    : m_clock(std::move(clock))
{
}

void ItemTimes::reset(const QVector<int> &usedSeconds)
{
    m_used.clear();
    for (int s : usedSeconds)
        m_used << qint64(s) * 1000;
    if (m_running >= m_used.size())
        m_running = -1;
    m_since = m_clock();
}

int ItemTimes::run(int item)
{
    const int stopped = m_running;
    if (stopped == item)
        return -1;
    if (stopped >= 0 && stopped < m_used.size())
        m_used[stopped] += runningMs();
    m_running = item >= 0 && item < m_used.size() ? item : -1;
    m_since = m_clock();
    return stopped;
}

qint64 ItemTimes::runningMs() const
{
    return std::max<qint64>(0, m_clock() - m_since);
}

int ItemTimes::usedSeconds(int item) const
{
    if (item < 0 || item >= m_used.size())
        return 0;
    const qint64 ms = m_used.at(item) + (item == m_running ? runningMs() : 0);
    return int(ms / 1000);
}

int ItemTimes::totalSeconds() const
{
    qint64 ms = 0;
    for (int i = 0; i < m_used.size(); ++i)
        ms += m_used.at(i) + (i == m_running ? runningMs() : 0);
    return int(ms / 1000);
}

} // namespace griddesk::app
