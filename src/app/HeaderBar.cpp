#include "HeaderBar.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTimer>

namespace griddesk::app {

HeaderBar::HeaderBar(const QString &townshipName, QWidget *parent)
    : QToolBar(tr("Header"), parent)
{
    setObjectName(QStringLiteral("headerBar"));
    setMovable(false);
    setFloatable(false);
    auto *strip = new QWidget(this);
    strip->setObjectName(QStringLiteral("headerStrip"));
    auto *row = new QHBoxLayout(strip);
    row->setContentsMargins(12, 4, 16, 4);
    row->setSpacing(14);

    auto *logo = new QLabel(strip);
    logo->setPixmap(QIcon(QStringLiteral(":/griddesk/icons/app")).pixmap(36, 36));
    row->addWidget(logo);
    auto *title = new QLabel(strip);
    title->setObjectName(QStringLiteral("headerTitle"));
    title->setText(tr("%1 Comprehensive Governance Centre").arg(townshipName));
    row->addWidget(title);
    auto *subtitle = new QLabel(tr("Grid management command console"), strip);
    subtitle->setObjectName(QStringLiteral("headerSubtitle"));
    row->addWidget(subtitle);
    row->addStretch(1);

    m_indicators = new QHBoxLayout;
    m_indicators->setSpacing(10);
    row->addLayout(m_indicators);

    m_live = new QLabel(strip);
    m_live->setObjectName(QStringLiteral("headerLive"));
    row->addWidget(m_live);
    m_clock = new QLabel(strip);
    m_clock->setObjectName(QStringLiteral("headerClock"));
    row->addWidget(m_clock);
    addWidget(strip)->setObjectName(QStringLiteral("headerStripAction"));

    setLiveState(true, QString());
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &HeaderBar::tick);
    timer->start(1000);
    tick();
}

void HeaderBar::addIndicator(QWidget *indicator)
{
    m_indicators->addWidget(indicator);
}

void HeaderBar::setLiveState(bool live, const QString &detail)
{
    m_live->setProperty("live", live);
    m_live->setText(live ? tr("● Live") : tr("● Offline"));
    m_live->setToolTip(detail);
    m_live->style()->unpolish(m_live);
    m_live->style()->polish(m_live);
}

void HeaderBar::setOnline(bool online)
{
    m_live->setProperty("live", online);
    m_live->setText(online ? tr("● Live") : tr("● Offline · read only"));
    m_live->setToolTip(online ? QString()
                              : tr("The server cannot be reached. The console shows what it last read and "
                                   "reconnects by itself; actions are unavailable until then."));
    m_live->style()->unpolish(m_live);
    m_live->style()->polish(m_live);
}

void HeaderBar::tick()
{
    const QDateTime now = QDateTime::currentDateTime();
    m_clock->setText(QLocale().toString(now, QStringLiteral("yyyy-MM-dd ddd HH:mm:ss")));
}

} // namespace griddesk::app
