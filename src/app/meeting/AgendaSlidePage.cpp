#include "AgendaSlidePage.h"
#include "ChinaTime.h"
#include "SlideText.h"

#include <QLabel>
#include <QLocale>

namespace griddesk::app {

AgendaSlidePage::AgendaSlidePage(QWidget *parent)
    : SlidePage(parent)
    , m_heading(new QLabel(this))
    , m_details(new QLabel(this))
    , m_rule(new QWidget(this))
    , m_caption(new QLabel(this))
    , m_more(new QLabel(this))
    , m_total(new QLabel(this))
{
    setObjectName(QStringLiteral("agendaSlide"));
    m_heading->setObjectName(QStringLiteral("agendaHeading"));
    m_details->setObjectName(QStringLiteral("agendaDetails"));
    m_rule->setObjectName(QStringLiteral("agendaRule"));
    m_rule->setAutoFillBackground(true);
    m_caption->setObjectName(QStringLiteral("agendaCaption"));
    m_more->setObjectName(QStringLiteral("agendaMore"));
    m_total->setObjectName(QStringLiteral("agendaTotal"));
}

QString AgendaSlidePage::when(const Meeting &meeting)
{
    if (!meeting.heldAt.isValid())
        return QString();
    const QDateTime cst = meeting.heldAt.toOffsetFromUtc(kChinaOffset);
    return QLocale().toString(cst.date(), QLocale::LongFormat) + QLatin1Char(' ')
        + cst.time().toString(QStringLiteral("HH:mm"));
}

void AgendaSlidePage::setMeeting(const Meeting &meeting, const QStringList &titles)
{
    m_meeting = meeting;
    m_titles = titles;
    while (m_rows.size() < titles.size()) {
        const int i = m_rows.size();
        Row row { new QLabel(this), new QLabel(this), new QLabel(this) };
        row.number->setObjectName(QStringLiteral("agendaNumber%1").arg(i));
        row.title->setObjectName(QStringLiteral("agendaTitle%1").arg(i));
        row.minutes->setObjectName(QStringLiteral("agendaMinutes%1").arg(i));
        m_rows << row;
    }
    relayout();
}

void AgendaSlidePage::relayout()
{
    const SlideLook &k = look();
    const int margin = k.px(72);
    const int gap = k.px(28);
    const int w = width() - 2 * margin;
    int y = margin;

    slidetext::style(m_heading, k.heading(), k.ink());
    y += slidetext::place(m_heading, tr("Weekly joint meeting"), QRect(margin, y, w, QFontMetrics(k.heading()).lineSpacing() * 2));
    y += k.px(12);
    QStringList details;
    if (!when(m_meeting).isEmpty())
        details << when(m_meeting);
    if (!m_meeting.chair.isEmpty())
        details << tr("Chair: %1").arg(m_meeting.chair);
    details << tr("%n min", "the meeting's length", m_meeting.lengthMinutes);
    slidetext::style(m_details, k.subheading(), k.muted());
    y += slidetext::place(m_details, details.join(QStringLiteral(" · ")),
        QRect(margin, y, w, QFontMetrics(k.subheading()).lineSpacing() * 2));
    y += k.px(20);
    QPalette rp = m_rule->palette();
    rp.setColor(QPalette::Window, k.accent());
    m_rule->setPalette(rp);
    m_rule->setGeometry(margin, y, w, std::max(2, k.px(5)));
    y += k.px(5) + gap;

    slidetext::style(m_caption, k.subheading(), k.accent());
    slidetext::style(m_total, k.body(), k.ink());
    y += slidetext::place(m_caption, tr("Agenda"), QRect(margin, y, w, QFontMetrics(k.subheading()).height()));
    y += k.px(16);

    int planned = 0;
    for (const AgendaItem &item : m_meeting.agenda)
        planned += item.plannedMinutes;
    const int n = m_titles.size();
    // The list is as wide as a reader's eye travels (the minutes close to
    // their titles), in large type when the whole agenda fits in it.
    const int listWidth = std::min(w, k.px(1500));
    const int bottom = height() - margin;
    QFont font = k.subheading();
    const auto step = [&k](const QFont &f) { return QFontMetrics(f).height() + k.px(20); };
    const int totalRoom = QFontMetrics(k.body()).height() + 2 * gap;
    if (y + n * step(font) + totalRoom > bottom)
        font = k.body();
    const QFontMetrics fm(font);
    const int line = fm.height();
    const int rowStep = step(font);
    const int numberWidth = fm.horizontalAdvance(QString::number(std::max(n, 1))) + k.px(30);
    QString minutesWidest;
    for (int i = 0; i < n; ++i) {
        const QString m = tr("%n min", "an item's planned time", m_meeting.agenda.value(i).plannedMinutes);
        if (fm.horizontalAdvance(m) > fm.horizontalAdvance(minutesWidest))
            minutesWidest = m;
    }
    const int minutesWidth = fm.horizontalAdvance(minutesWidest) + 1;
    slidetext::style(m_more, font, k.muted());
    m_shown = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        for (QLabel *l : { row.number, row.title, row.minutes }) {
            slidetext::style(l, font, l == row.number ? k.accent() : k.ink());
            l->hide();
        }
        if (i >= n)
            continue;
        // Leave a line for "N more" unless this is the last item.
        const int reserve = i + 1 < n ? rowStep : 0;
        if (y + line + reserve + totalRoom > bottom)
            break;
        slidetext::place(row.number, QString::number(i + 1), QRect(margin, y, numberWidth, line));
        slidetext::place(row.minutes, tr("%n min", "an item's planned time", m_meeting.agenda.value(i).plannedMinutes),
            QRect(margin + listWidth - minutesWidth, y, minutesWidth, line), Qt::AlignRight | Qt::AlignTop);
        slidetext::place(row.title, m_titles.at(i),
            QRect(margin + numberWidth, y, listWidth - numberWidth - minutesWidth - gap, line));
        y += rowStep;
        ++m_shown;
    }
    m_more->hide();
    if (m_shown < n) {
        slidetext::place(m_more, tr("%n more", "agenda items that do not fit on the slide", n - m_shown),
            QRect(margin + numberWidth, y, listWidth - numberWidth, line));
        y += rowStep;
    }
    const QString total
        = tr("%n item(s), %1 min planned of the meeting's %2 min", "", n).arg(planned).arg(m_meeting.lengthMinutes);
    const int totalWidth = std::min(listWidth, QFontMetrics(k.body()).horizontalAdvance(total) + 1);
    slidetext::place(m_total, total,
        QRect(margin + listWidth - totalWidth, y + gap / 2, totalWidth, QFontMetrics(k.body()).height()),
        Qt::AlignRight | Qt::AlignTop);
    QPalette tp = m_total->palette();
    tp.setColor(QPalette::WindowText, planned > m_meeting.lengthMinutes ? k.warning() : k.ink());
    m_total->setPalette(tp);
}

} // namespace griddesk::app
