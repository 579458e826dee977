#include "EndSlidePage.h"
#include "SlideText.h"

#include <QLabel>

namespace griddesk::app {

EndSlidePage::EndSlidePage(QWidget *parent)
    : SlidePage(parent)
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_next(new QLabel(this))
{
    setObjectName(QStringLiteral("endSlide"));
    m_heading->setObjectName(QStringLiteral("endHeading"));
    m_summary->setObjectName(QStringLiteral("endSummary"));
    m_next->setObjectName(QStringLiteral("endNext"));
}

void EndSlidePage::setMeeting(const Meeting &meeting, int usedSeconds)
{
    m_meeting = meeting;
    m_used = usedSeconds;
    relayout();
}

void EndSlidePage::relayout()
{
    const SlideLook &k = look();
    const int margin = k.px(96);
    const int w = width() - 2 * margin;
    slidetext::style(m_heading, k.heading(), k.ink());
    slidetext::style(m_summary, k.subheading(), k.muted());
    slidetext::style(m_next, k.body(), k.accent());
    int planned = 0;
    for (const AgendaItem &item : m_meeting.agenda)
        planned += item.plannedMinutes;
    const QString summary = tr("%n item(s) discussed in %1 (%2 min planned)", "", m_meeting.agenda.size())
                                .arg(slidetext::duration(m_used))
                                .arg(planned);
    const QString next = tr("Decisions and minutes are recorded in the joint meeting dock.");
    // Centred as a block a little above the middle.
    const int hh = slidetext::heightFor(tr("End of the agenda"), k.heading(), w);
    const int sh = slidetext::heightFor(summary, k.subheading(), w);
    const int nh = slidetext::heightFor(next, k.body(), w);
    const int gap = k.px(36);
    int y = std::max(margin, (height() - hh - sh - nh - 2 * gap) * 2 / 5);
    const Qt::Alignment centre = Qt::AlignHCenter | Qt::AlignTop;
    y += slidetext::place(m_heading, tr("End of the agenda"), QRect(margin, y, w, hh), centre) + gap;
    y += slidetext::place(m_summary, summary, QRect(margin, y, w, sh), centre) + gap;
    slidetext::place(m_next, next, QRect(margin, y, w, std::max(nh, height() - margin - y)), centre);
}

} // namespace griddesk::app
