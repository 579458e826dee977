#pragma once
// Reports every time the GUI thread stops answering for longer than a
// limit (50 ms): a thread of its own looks every 10 ms at a heartbeat, a
// timer the GUI thread's event loop fires every 10 ms when it gets back to
// it, and an application-wide event filter notes which event, for which
// object, the GUI thread took up last, which is where it blocked. While it
// blocks, the GUI thread's stack is sampled every 25 ms (ThreadStack), naming
// the function it was in. Each block is logged with that place and function
// and kept for blocks(). Debug builds start it
// with the console; GRIDDESK_WATCHDOG=1 starts it in any build (the
// benchmarks do).

#include <QObject>
#include <QString>
#include <QTimer>
#include <QVector>

#include <atomic>
#include <memory>
#include <mutex>

namespace griddesk::app {

class GuiWatchdog : public QObject
{
    Q_OBJECT

public:
    struct Block {
        qint64 ms = 0;
        QString place; // the event and its receiver
        QString stack; // where the thread was while blocked (ThreadStack::summary), if known
    };

    explicit GuiWatchdog(int limitMs = 50, QObject *parent = nullptr);
    ~GuiWatchdog() override;

    // Whether this build or environment asks for the watchdog.
    static bool wanted();
    // Names what the GUI thread does next, for code that runs outside the
    // event loop (opening a session, building the window); the next event
    // delivered names itself again. Not a beat: the GUI thread is no more
    // free for naming its next step.
    void setPlace(const QString &place);
    // setPlace() on the watchdog running, if one is; and its place now.
    static void name(const QString &place);
    static QString placeNow();
    // The blocks seen so far, longest first; clears the list when asked.
    QVector<Block> blocks(bool clear = false);
    qint64 longestMs();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watch();

    const int m_limitMs;
    std::atomic<qint64> m_beat{0};     // ms since the watchdog started, at the GUI thread's last event
    std::atomic<bool> m_stop{false};
    std::mutex m_lock;                 // guards m_place and m_blocks
    QString m_place;
    QVector<Block> m_blocks;
    QTimer m_heart; // the heartbeat: fires whenever the event loop gets round to it
    std::unique_ptr<class ThreadStack> m_stack; // the GUI thread's
    std::unique_ptr<class QThread> m_thread;
};

} // namespace griddesk::app
