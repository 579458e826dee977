#include "ReadRetry.h"

#include <QTimer>

#include <utility>

namespace griddesk::app {

ReadRetry::ReadRetry(std::function<void()> readWhole, std::function<void()> readChanges, QObject *parent)
    : QObject(parent)
    , m_readWhole(std::move(readWhole))
    , m_readChanges(std::move(readChanges))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kPauseMs);
    connect(m_timer, &QTimer::timeout, this, &ReadRetry::retry);
}

void ReadRetry::wholeFailed()
{
    m_whole = true;
    m_timer->start();
}

void ReadRetry::changesFailed()
{
    m_timer->start();
}

void ReadRetry::retry()
{
    if (std::exchange(m_whole, false))
        m_readWhole();
    else
        m_readChanges();
}

} // namespace griddesk::app
