#include "HeaderBar.h"
#include "ChinaTime.h"
#include "ElidedLabel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace griddesk::app {

namespace {
void repolish(QWidget *w)
{
    w->style()->unpolish(w);
    w->style()->polish(w);
}
} // namespace

HeaderBar::HeaderBar(const QString &townshipName, QWidget *parent)
    : QToolBar(tr("Header"), parent)
{
    setObjectName(QStringLiteral("headerBar"));
    setMovable(false);
    setFloatable(false);
    auto *strip = m_strip = new QWidget(this);
    strip->setObjectName(QStringLiteral("headerStrip"));
    // The figures' row, and below it a full-width banner when a module sets one.
    m_column = new QVBoxLayout(strip);
    m_column->setContentsMargins(0, 0, 0, 0);
    m_column->setSpacing(0);
    auto *row = new QHBoxLayout;
    m_column->addLayout(row);
    row->setContentsMargins(12, 4, 16, 4);
    row->setSpacing(14);

    auto *logo = new QLabel(strip);
    logo->setPixmap(QIcon(QStringLiteral(":/griddesk/icons/app")).pixmap(36, 36));
    row->addWidget(logo);
    // The centre's name over the console's purpose: both give way first.
    auto *names = new QVBoxLayout;
    names->setSpacing(0);
    m_title = new ElidedLabel(strip);
    m_title->setObjectName(QStringLiteral("headerTitle"));
    m_title->setText(tr("%1 Comprehensive Governance Centre").arg(townshipName));
    names->addWidget(m_title);
    m_subtitle = new ElidedLabel(strip);
    m_subtitle->setObjectName(QStringLiteral("headerSubtitle"));
    m_subtitle->setText(tr("Grid management command console"));
    names->addWidget(m_subtitle);
    row->addLayout(names, 1);

    m_indicators = new QHBoxLayout;
    m_indicators->setSpacing(10);
    row->addLayout(m_indicators);

    m_live = new QLabel(strip);
    m_live->setObjectName(QStringLiteral("headerLive"));
    row->addWidget(m_live);
    // The time large, the date and weekday small below it: narrow at any size.
    auto *clock = new QVBoxLayout;
    clock->setSpacing(0);
    m_time = new QLabel(strip);
    m_time->setObjectName(QStringLiteral("headerClock"));
    m_time->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_date = new QLabel(strip);
    m_date->setObjectName(QStringLiteral("headerDate"));
    m_date->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    clock->addWidget(m_time);
    clock->addWidget(m_date);
    row->addLayout(clock);
    addWidget(strip)->setObjectName(QStringLiteral("headerStripAction"));

    setLiveState(true, QString());
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &HeaderBar::tick);
    timer->start(1000);
    tick();
}

void HeaderBar::addIndicator(QWidget *indicator)
{
    indicator->setProperty("compact", m_compact);
    m_indicators->addWidget(indicator);
}

void HeaderBar::setBanner(QWidget *banner)
{
    banner->setParent(m_strip);
    m_column->addWidget(banner);
}

void HeaderBar::setLiveState(bool live, const QString &detail)
{
    m_live->setProperty("live", live);
    m_live->setText(live ? tr("● Live") : tr("● Offline"));
    m_live->setToolTip(detail);
    repolish(m_live);
}

void HeaderBar::setOnline(bool online)
{
    m_live->setProperty("live", online);
    m_live->setText(online ? tr("● Live") : tr("● Offline · read only"));
    m_live->setToolTip(online ? QString()
                              : tr("The server cannot be reached. The console shows what it last read and "
                                   "reconnects by itself; actions are unavailable until then."));
    repolish(m_live);
}

void HeaderBar::resizeEvent(QResizeEvent *event)
{
    QToolBar::resizeEvent(event);
    // A margin either side of the threshold, so a width near it does not flip back and forth.
    if (!m_compact && event->size().width() < kCompactWidth - 20)
        setCompact(true);
    else if (m_compact && event->size().width() > kCompactWidth + 20)
        setCompact(false);
}

void HeaderBar::setCompact(bool compact)
{
    m_compact = compact;
    // On a small screen the header is one line: the tagline under the centre's
    // name gives its height to the map.
    m_subtitle->setVisible(!compact);
    // …and the clock is one line, the date beside the time.
    m_date->setVisible(!compact);
    tick();
    const QList<QLabel *> labels = m_strip->findChildren<QLabel *>();
    for (QLabel *l : labels) {
        l->setProperty("compact", compact);
        repolish(l);
    }
}

void HeaderBar::tick()
{
    // The centre's time, China Standard Time (UTC+8), as the counters' "today"
    // and the meeting wall's clock, whatever zone the workstation is set to.
    const QDateTime now = QDateTime::currentDateTimeUtc().toOffsetFromUtc(kChinaOffset);
    const QString date = QLocale().toString(now.date(), QStringLiteral("yyyy-MM-dd ddd"));
    const QString time = QLocale().toString(now.time(), QStringLiteral("HH:mm:ss"));
    m_time->setText(m_compact ? QStringLiteral("%1  %2").arg(QLocale().toString(now.date(), QStringLiteral("MM-dd ddd")), time) : time);
    m_time->setToolTip(date);
    m_date->setText(date);
}

} // namespace griddesk::app
