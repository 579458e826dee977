#pragma once
// Tries a failed read again after a pause: the whole list, or the changed
// rows. Tried again at once, a read would loop for as long as the file or
// the server is away.

#include <QObject>

#include <functional>

class QTimer;

namespace griddesk::app {

class ReadRetry : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPauseMs = 5000;

    ReadRetry(std::function<void()> readWhole, std::function<void()> readChanges, QObject *parent);

    void wholeFailed();   // the whole list is read again after the pause
    void changesFailed(); // the changed rows are read again after the pause

private:
    void retry();

    std::function<void()> m_readWhole;
    std::function<void()> m_readChanges;
    QTimer *m_timer = nullptr;
    bool m_whole = false;
};

} // namespace griddesk::app
