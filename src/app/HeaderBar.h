#pragma once
// The strip across the top of the console: who this centre is, the live
// figures modules contribute, and a clock — readable on a meeting-room wall.
// It fits any width from a 1366-pixel laptop up: the centre's name gives way
// (elided, full name on hover), and below kCompactWidth the type gets smaller,
// the tagline under the name makes way and the clock takes one line, while the
// figures, the live state and the date and time always show.

#include <QToolBar>

class QHBoxLayout;
class QVBoxLayout;
class QLabel;

namespace griddesk::app {

class ElidedLabel;

class HeaderBar : public QToolBar
{
    Q_OBJECT

public:
    HeaderBar(const QString &townshipName, QWidget *parent = nullptr);
    void addIndicator(QWidget *indicator);
    // A strip across the whole width under the figures (security bulletins);
    // it shows only while the widget itself is visible.
    void setBanner(QWidget *banner);
    // Marks the data as live (green) or stale (red) with the time of the last update.
    void setLiveState(bool live, const QString &detail);
    // Offline: the server cannot be reached; the view is what was last read.
    void setOnline(bool online);
    // Smaller type below this width (logical pixels).
    static constexpr int kCompactWidth = 1600;
    bool isCompact() const { return m_compact; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void tick();
    void setCompact(bool compact);

    QWidget *m_strip;
    ElidedLabel *m_title;
    ElidedLabel *m_subtitle;
    QVBoxLayout *m_column;
    QHBoxLayout *m_indicators;
    QLabel *m_live;
    QLabel *m_time;
    QLabel *m_date;
    bool m_compact = false;
};

} // namespace griddesk::app
