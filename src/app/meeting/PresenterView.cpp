#include "PresenterView.h"
#include "SlidePreview.h"
#include "SlideLook.h"
#include "SlideText.h"

#include <QLabel>
#include <QPlainTextEdit>

namespace griddesk::app {

PresenterView::PresenterView(QWidget *parent)
    : SlideCommandWindow(parent)
    , m_clock(new QLabel(this))
    , m_meetingTime(new QLabel(this))
    , m_position(new QLabel(this))
    , m_blank(new QLabel(this))
    , m_preview(new SlidePreview(this))
    , m_itemTimeCaption(new QLabel(this))
    , m_itemTime(new QLabel(this))
    , m_nextCaption(new QLabel(this))
    , m_next(new QLabel(this))
    , m_notesCaption(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
    , m_keys(new QLabel(this))
{
    setObjectName(QStringLiteral("presenterView"));
    setWindowTitle(tr("GridDesk — joint meeting (presenter view)"));
    setAutoFillBackground(true);
    m_clock->setObjectName(QStringLiteral("presenterClock"));
    m_meetingTime->setObjectName(QStringLiteral("presenterMeetingTime"));
    m_position->setObjectName(QStringLiteral("presenterPosition"));
    m_blank->setObjectName(QStringLiteral("presenterBlank"));
    m_itemTimeCaption->setObjectName(QStringLiteral("presenterItemTimeCaption"));
    m_itemTime->setObjectName(QStringLiteral("presenterItemTime"));
    m_nextCaption->setObjectName(QStringLiteral("presenterNextCaption"));
    m_next->setObjectName(QStringLiteral("presenterNext"));
    m_notesCaption->setObjectName(QStringLiteral("presenterNotesCaption"));
    m_notes->setObjectName(QStringLiteral("presenterNotes"));
    m_keys->setObjectName(QStringLiteral("presenterKeys"));
    m_notes->setReadOnly(true);
    m_notes->setFrameShape(QFrame::NoFrame);
    for (QWidget *w : findChildren<QWidget *>())
        w->setFocusPolicy(Qt::NoFocus);
    relayout();
}

void PresenterView::setState(const PresenterState &state)
{
    const bool notesChanged = state.notes != m_state.notes;
    m_state = state;
    if (notesChanged)
        m_notes->setPlainText(state.notes.isEmpty() ? tr("No notes for this item.") : state.notes);
    relayout();
}

void PresenterView::setPreview(const QPixmap &slide)
{
    m_preview->setPicture(slide);
}

void PresenterView::resizeEvent(QResizeEvent *event)
{
    SlideCommandWindow::resizeEvent(event);
    relayout();
}

void PresenterView::relayout()
{
    // The presenter reads from arm's length: the wall's type, in its dark theme.
    const SlideLook k(size(), devicePixelRatioF(), SlideTheme::Dark);
    QPalette p = palette();
    p.setColor(QPalette::Window, k.background());
    p.setColor(QPalette::Base, k.background());
    p.setColor(QPalette::Text, k.ink());
    setPalette(p);

    const int margin = k.px(32);
    const int gap = k.px(28);
    const int w = width() - 2 * margin;
    const QFontMetrics figure(k.figure()), body(k.body()), small(k.small());

    // Top: the meeting's time on the left, where we are in the middle, the clock on the right.
    slidetext::style(m_clock, k.figure(), k.ink());
    slidetext::style(m_meetingTime, k.body(), k.muted());
    slidetext::style(m_position, k.body(), k.ink());
    const QString clock = m_state.now.isValid() ? m_state.now.toString(QStringLiteral("HH:mm:ss")) : QString();
    const int clockWidth = figure.horizontalAdvance(QStringLiteral("00:00:00")) + 1;
    slidetext::place(m_clock, clock, QRect(margin + w - clockWidth, margin, clockWidth, figure.height()),
        Qt::AlignRight | Qt::AlignTop);
    const int topRoom = (w - clockWidth - gap) / 2;
    const QString meeting = tr("Time on the agenda %1 of %2")
                                .arg(slidetext::duration(m_state.meetingUsedSeconds),
                                    slidetext::duration(m_state.meetingLengthSeconds));
    QPalette mp = m_meetingTime->palette();
    mp.setColor(QPalette::WindowText,
        m_state.meetingUsedSeconds > m_state.meetingLengthSeconds ? k.warning() : k.muted());
    m_meetingTime->setPalette(mp);
    const int textTop = margin + (figure.height() - body.height()) / 2;
    slidetext::place(m_meetingTime, meeting, QRect(margin, textTop, topRoom, body.height() * 2));
    slidetext::place(m_position, m_state.position, QRect(margin + topRoom + gap / 2, textTop, topRoom, body.height() * 2));
    int y = margin + figure.height() + gap;

    // The foot: the keys.
    slidetext::style(m_keys, k.small(), k.muted());
    const int keysHeight = slidetext::heightFor(slidekeys::legend(), k.small(), w);
    const int keysTop = height() - margin - keysHeight;
    slidetext::place(m_keys, slidekeys::legend(), QRect(margin, keysTop, w, keysHeight));

    // Left: the slide as the wall shows it, then the item's time.
    const int leftWidth = (w - gap) * 3 / 5;
    const int bodyBottom = keysTop - gap;
    slidetext::style(m_itemTimeCaption, k.body(), k.muted());
    slidetext::style(m_itemTime, k.figure(), k.ink());
    const int timeBlock = body.height() + figure.height() + k.px(8);
    const int previewHeight = std::max(1, std::min(leftWidth * 9 / 16, bodyBottom - y - timeBlock - gap));
    m_preview->setGeometry(margin, y, leftWidth, previewHeight);
    slidetext::style(m_blank, k.body(), k.warning());
    slidetext::place(m_blank, m_state.blank ? tr("The wall shows the blank slide (B to return)") : QString(),
        QRect(margin, y + previewHeight + k.px(6), leftWidth, body.height() * 2));
    int ty = y + previewHeight + gap + (m_state.blank ? body.height() : 0);
    const QString caption = m_state.onItem ? tr("This item: used / planned") : tr("No item on the wall");
    ty += slidetext::place(m_itemTimeCaption, caption, QRect(margin, ty, leftWidth, body.height() * 2));
    QPalette tp = m_itemTime->palette();
    tp.setColor(QPalette::WindowText,
        m_state.itemUsedSeconds > m_state.itemPlannedSeconds ? k.warning() : k.ink());
    m_itemTime->setPalette(tp);
    const QString itemTime = m_state.onItem ? QStringLiteral("%1 / %2").arg(slidetext::duration(m_state.itemUsedSeconds),
                                                                     slidetext::duration(m_state.itemPlannedSeconds))
                                            : QString();
    slidetext::place(m_itemTime, itemTime, QRect(margin, ty, leftWidth, std::max(0, bodyBottom - ty)));

    // Right: the next item, then the notes (they scroll when long).
    const int rightLeft = margin + leftWidth + gap;
    const int rightWidth = margin + w - rightLeft;
    slidetext::style(m_nextCaption, k.body(), k.accent());
    slidetext::style(m_next, k.subheading(), k.ink());
    slidetext::style(m_notesCaption, k.body(), k.accent());
    int ry = y;
    ry += slidetext::place(m_nextCaption, tr("Next"), QRect(rightLeft, ry, rightWidth, body.height()));
    ry += k.px(8);
    const QString next = m_state.nextTitle.isEmpty() ? tr("(end of the agenda)") : m_state.nextTitle;
    ry += slidetext::place(m_next, next,
        QRect(rightLeft, ry, rightWidth, QFontMetrics(k.subheading()).lineSpacing() * 3));
    ry += gap;
    ry += slidetext::place(m_notesCaption, tr("Notes"), QRect(rightLeft, ry, rightWidth, body.height()));
    ry += k.px(8);
    m_notes->setFont(k.body());
    m_notes->setGeometry(rightLeft, ry, rightWidth, std::max(body.height(), bodyBottom - ry));
}

} // namespace griddesk::app
