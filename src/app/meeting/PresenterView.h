#pragma once
// The presenter's screen (the laptop): the wall's current slide small, the
// item's notes, the next item, the item's used time against its plan, the
// meeting's against its length, and a clock. The same keys as the wall.

#include "SlideCommandWindow.h"

#include <QDateTime>

class QLabel;
class QPlainTextEdit;

namespace griddesk::app {

class SlidePreview;

// What the presenter view shows; the controller fills it.
struct PresenterState {
    QString position;       // "第 3 项，共 9 项", or the title/end slide
    QString nextTitle;      // empty: nothing follows
    QString notes;          // the current item's notes
    bool onItem = false;    // an item's slide (its timer runs)
    int itemUsedSeconds = 0;
    int itemPlannedSeconds = 0;
    int meetingUsedSeconds = 0;
    int meetingLengthSeconds = 0;
    bool blank = false;
    QDateTime now;
};

class PresenterView : public SlideCommandWindow
{
    Q_OBJECT

public:
    explicit PresenterView(QWidget *parent = nullptr);

    void setState(const PresenterState &state);
    void setPreview(const QPixmap &slide);
    const PresenterState &state() const { return m_state; }
    SlidePreview *preview() const { return m_preview; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void relayout();

    PresenterState m_state;
    QLabel *m_clock;
    QLabel *m_meetingTime;
    QLabel *m_position;
    QLabel *m_blank;
    SlidePreview *m_preview;
    QLabel *m_itemTimeCaption;
    QLabel *m_itemTime;
    QLabel *m_nextCaption;
    QLabel *m_next;
    QLabel *m_notesCaption;
    QPlainTextEdit *m_notes;
    QLabel *m_keys;
};

} // namespace griddesk::app
