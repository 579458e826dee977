#pragma once
// The strip across the top of the console: who this centre is, the live
// figures modules contribute, and a clock — readable on a meeting-room wall.

#include <QToolBar>

class QHBoxLayout;
class QLabel;

namespace griddesk::app {

class HeaderBar : public QToolBar
{
    Q_OBJECT

public:
    HeaderBar(const QString &townshipName, QWidget *parent = nullptr);
    void addIndicator(QWidget *indicator);
    // Marks the data as live (green) or stale (red) with the time of the last update.
    void setLiveState(bool live, const QString &detail);
    // Offline: the server cannot be reached; the view is what was last read.
    void setOnline(bool online);

private:
    void tick();

    QHBoxLayout *m_indicators;
    QLabel *m_live;
    QLabel *m_clock;
};

} // namespace griddesk::app
