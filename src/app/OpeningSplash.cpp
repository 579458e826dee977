#include "OpeningSplash.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QScreen>
#include <QVBoxLayout>

namespace griddesk::app {

OpeningSplash::OpeningSplash(const QString &database, QWidget *parent)
    : QFrame(parent, Qt::SplashScreen | Qt::FramelessWindowHint)
{
    setFrameStyle(QFrame::Box | QFrame::Plain);
    setObjectName(QStringLiteral("openingSplash"));
    setWindowTitle(QStringLiteral("GridDesk"));
    setAttribute(Qt::WA_ShowWithoutActivating);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(20, 16, 20, 16);
    row->setSpacing(16);
    const int side = fontMetrics().height() * 3;
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/griddesk/icons/app")).pixmap(side, side));
    row->addWidget(icon, 0, Qt::AlignTop);
    auto *column = new QVBoxLayout;
    auto *title = new QLabel(tr("Opening %1…").arg(database), this);
    title->setObjectName(QStringLiteral("openingTitle"));
    title->setWordWrap(true);
    QFont bigger = title->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.25);
    title->setFont(bigger);
    auto *busy = new QProgressBar(this);
    busy->setObjectName(QStringLiteral("openingBusy"));
    busy->setRange(0, 0); // moves while the opening works
    busy->setTextVisible(false);
    column->addWidget(title);
    column->addWidget(busy);
    row->addLayout(column, 1);
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
}

void OpeningSplash::showEvent(QShowEvent *event)
{
    // In the middle of the screen the console will open on.
    adjustSize();
    if (const QScreen *on = screen())
        move(on->availableGeometry().center() - rect().center());
    QFrame::showEvent(event);
}

void OpeningSplash::breathe()
{
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}

} // namespace griddesk::app
