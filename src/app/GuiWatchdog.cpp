#include "GuiWatchdog.h"
#include "ThreadStack.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QMetaEnum>
#include <QThread>
#include <QtDebug>

#include <algorithm>

namespace griddesk::app {

namespace {
QElapsedTimer &clock()
{
    static QElapsedTimer c = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return c;
}
std::atomic<GuiWatchdog *> s_running{nullptr};
} // namespace

GuiWatchdog::GuiWatchdog(int limitMs, QObject *parent)
    : QObject(parent)
    , m_limitMs(limitMs)
{
    s_running = this;
    m_beat = clock().elapsed();
    QCoreApplication::instance()->installEventFilter(this);
    m_heart.setInterval(10); // its timer events pass the filter
    m_heart.start();
    m_stack = std::make_unique<ThreadStack>();
    m_thread.reset(QThread::create([this] { watch(); }));
    m_thread->setObjectName(QStringLiteral("griddesk-watchdog"));
    m_thread->start(QThread::LowPriority);
}

GuiWatchdog::~GuiWatchdog()
{
    GuiWatchdog *self = this;
    s_running.compare_exchange_strong(self, nullptr);
    QCoreApplication::instance()->removeEventFilter(this);
    m_stop = true;
    m_thread->wait();
}

bool GuiWatchdog::wanted()
{
#ifndef NDEBUG
    return true;
#else
    return qEnvironmentVariableIntValue("GRIDDESK_WATCHDOG") > 0;
#endif
}

QVector<GuiWatchdog::Block> GuiWatchdog::blocks(bool clear)
{
    std::lock_guard<std::mutex> hold(m_lock);
    QVector<Block> out = m_blocks;
    if (clear)
        m_blocks.clear();
    std::sort(out.begin(), out.end(), [](const Block &a, const Block &b) { return a.ms > b.ms; });
    return out;
}

qint64 GuiWatchdog::longestMs()
{
    const QVector<Block> all = blocks();
    return all.isEmpty() ? 0 : all.first().ms;
}

bool GuiWatchdog::eventFilter(QObject *watched, QEvent *event)
{
    // Only the GUI thread's events beat; the filter sees every thread's.
    if (QThread::currentThread() != thread())
        return false;
    // Only the heart beats: its timer fires when the event loop is back, while
    // any other event may be sent from inside a long call (a child added, a
    // widget shown) and would hide the block around it.
    if (watched == &m_heart) {
        m_beat = clock().elapsed();
        return false;
    }
    // The place is the event the event loop handed over last: events sent
    // on the way (a child added, a tool tip changed) would hide the one
    // whose handler is running.
    switch (event->type()) {
    case QEvent::Timer:
    case QEvent::MetaCall:
    case QEvent::FutureCallOut:
    case QEvent::SockAct:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::KeyPress:
    case QEvent::Wheel:
    case QEvent::Resize:
    case QEvent::Show:
    case QEvent::Close:
    case QEvent::UpdateRequest: // a window's paint
    case QEvent::LayoutRequest: // a layout's pass
        break;
    default:
        if (event->type() < QEvent::User)
            return false;
    }
    const char *type = QEvent::staticMetaObject.enumerator(QEvent::staticMetaObject.indexOfEnumerator("Type"))
                           .valueToKey(event->type());
    QString receiver = QLatin1String(watched->metaObject()->className());
    if (!watched->objectName().isEmpty())
        receiver += QStringLiteral(" \"%1\"").arg(watched->objectName());
    else if (watched->parent())
        receiver += QStringLiteral(" of %1").arg(QLatin1String(watched->parent()->metaObject()->className()));
    std::lock_guard<std::mutex> hold(m_lock);
    m_place = QStringLiteral("%1 to %2").arg(QLatin1String(type ? type : "event"), receiver);
    return false;
}

void GuiWatchdog::setPlace(const QString &place)
{
    std::lock_guard<std::mutex> hold(m_lock);
    m_place = place;
}

void GuiWatchdog::name(const QString &place)
{
    if (GuiWatchdog *running = s_running)
        running->setPlace(place);
}

QString GuiWatchdog::placeNow()
{
    GuiWatchdog *running = s_running;
    if (!running)
        return {};
    std::lock_guard<std::mutex> hold(running->m_lock);
    return running->m_place;
}

void GuiWatchdog::watch()
{
    constexpr int kSampleEveryMs = 25;
    constexpr int kMostSamples = 40;
    qint64 blockedSince = -1;
    qint64 lastSample = 0;
    QString place;
    QVector<QVector<quintptr>> samples;
    while (!m_stop) {
        QThread::msleep(10);
        const qint64 now = clock().elapsed();
        const qint64 beat = m_beat;
        if (now - beat > m_limitMs && blockedSince < 0) {
            blockedSince = beat;
            std::lock_guard<std::mutex> hold(m_lock);
            place = m_place;
        } else if (blockedSince >= 0 && beat > blockedSince) {
            // The GUI thread is back: the block lasted from its last beat to this one.
            const qint64 ms = beat - blockedSince;
            const QString stack = ThreadStack::summary(samples);
            qWarning("GUI thread blocked for %lld ms while delivering %s%s%s", ms, qPrintable(place),
                     stack.isEmpty() ? "" : "; ", qPrintable(stack));
            std::lock_guard<std::mutex> hold(m_lock);
            m_blocks.push_back({ms, place, stack});
            blockedSince = -1;
            samples.clear();
            continue;
        }
        if (blockedSince >= 0 && samples.size() < kMostSamples && now - lastSample >= kSampleEveryMs) {
            lastSample = now;
            const QVector<quintptr> frames = m_stack->sample();
            if (!frames.isEmpty() && m_beat == blockedSince) // still the same block
                samples << frames;
        }
    }
}

} // namespace griddesk::app
