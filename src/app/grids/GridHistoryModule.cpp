#include "GridHistoryModule.h"
#include "KpiPeriod.h"
#include "ConsoleSession.h"
#include "GridHistoryTheme.h"
#include "ModuleHost.h"

#include <QAction>
#include <QCalendarWidget>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

#include <qgsproject.h>

namespace griddesk::app {

namespace {

// Today in China Standard Time, the day boundary of every store rule.
QDate chinaToday()
{
    return KpiPeriod::dayOf(QDateTime::currentDateTimeUtc());
}

} // namespace

GridHistoryModule::GridHistoryModule(ConsoleSession &session, QObject *parent)
    : FeatureModule(parent)
    , m_session(session)
{
}

void GridHistoryModule::install(ModuleHost &host)
{
    m_parent = host.window();
    m_theme = new map::GridHistoryTheme(&m_session.layers(), &m_session.watcher(), QgsProject::instance(), this);
    connect(m_theme, &map::GridHistoryTheme::dayChanged, this, &GridHistoryModule::dayShown);

    m_pick = new QAction(tr("Grids on a &Past Day…"), this);
    m_pick->setObjectName(QStringLiteral("actionGridsOnPastDay"));
    m_pick->setToolTip(tr("Show the grids as they were on a chosen day (before splits, merges and new outlines)"));
    connect(m_pick, &QAction::triggered, this, &GridHistoryModule::pickDay);
    m_today = new QAction(tr("Today's Grids"), this);
    m_today->setObjectName(QStringLiteral("actionGridsToday"));
    m_today->setEnabled(false);
    connect(m_today, &QAction::triggered, this, [this] { showDay(QDate()); });
    QMenu *menu = host.menu(ModuleHost::Menu::Map);
    menu->addSeparator();
    menu->addAction(m_pick);
    menu->addAction(m_today);

    // While a past day shows, the status bar says so, in a colour that stands out.
    m_indicator = new QWidget;
    m_indicator->setObjectName(QStringLiteral("gridHistoryIndicator"));
    auto *row = new QHBoxLayout(m_indicator);
    row->setContentsMargins(6, 0, 0, 0);
    m_label = new QLabel;
    m_label->setObjectName(QStringLiteral("gridHistoryLabel"));
    m_label->setStyleSheet(QStringLiteral("QLabel { background: #fff1c2; color: #6b4a00; padding: 2px 8px; "
                                          "border-radius: 3px; font-weight: bold; }"));
    auto *back = new QPushButton(tr("Back to Today"));
    back->setObjectName(QStringLiteral("gridHistoryBack"));
    connect(back, &QPushButton::clicked, m_today, &QAction::trigger);
    row->addWidget(m_label);
    row->addWidget(back);
    host.statusBar()->addPermanentWidget(m_indicator);
    m_indicator->hide();
}

void GridHistoryModule::showDay(const QDate &day)
{
    m_theme->setDay(day);
}

void GridHistoryModule::pickDay()
{
    QDialog dialog(m_parent);
    dialog.setObjectName(QStringLiteral("gridHistoryDialog"));
    dialog.setWindowTitle(tr("Grids on a Past Day"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *hint = new QLabel(tr("The map shows the grids as they were on the chosen day. Cases keep the grid of "
                               "the day they were reported."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *calendar = new QCalendarWidget;
    calendar->setObjectName(QStringLiteral("gridHistoryCalendar"));
    calendar->setMaximumDate(chinaToday().addDays(-1));
    calendar->setSelectedDate(m_theme->day().isValid() ? m_theme->day() : chinaToday().addDays(-1));
    layout->addWidget(calendar);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(calendar, &QCalendarWidget::activated, &dialog, &QDialog::accept);
    layout->addWidget(buttons);
    if (dialog.exec() == QDialog::Accepted)
        showDay(calendar->selectedDate());
}

void GridHistoryModule::dayShown(const QDate &day)
{
    m_today->setEnabled(day.isValid());
    m_indicator->setVisible(day.isValid());
    if (day.isValid())
        m_label->setText(tr("Grids as on %1").arg(QLocale().toString(day, QLocale::LongFormat)));
}

} // namespace griddesk::app
