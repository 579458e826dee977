#pragma once
// The time spent on each agenda item during a meeting: the item on the
// slide runs, the others hold what they had (their stored usedSeconds to
// begin with). The clock is passed in, so tests need no waiting.

#include <QVector>

#include <functional>

namespace griddesk::app {

class ItemTimes
{
public:
    using Clock = std::function<qint64()>; // milliseconds since any fixed instant

    explicit ItemTimes(Clock clock);

    // Every item's time so far, in agenda order.
    void reset(const QVector<int> &usedSeconds);
    // Starts the clock of `item` (-1: none runs); returns the item that
    // stopped (-1 when none ran).
    int run(int item);
    int running() const { return m_running; }
    int usedSeconds(int item) const;
    int totalSeconds() const;
    int count() const { return m_used.size(); }

private:
    qint64 runningMs() const;

    Clock m_clock;
    QVector<qint64> m_used; // ms
    int m_running = -1;
    qint64 m_since = 0;
};

} // namespace griddesk::app
