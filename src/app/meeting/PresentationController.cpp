#include "PresentationController.h"
#include "AgendaSlidePage.h"
#include "AppSettings.h"
#include "ChinaTime.h"
#include "PresentationScreenDialog.h"
#include "PresentationWindow.h"
#include "PresenterView.h"
#include "SlideSource.h"
#include "SlideWidget.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QHash>
#include <QScreen>
#include <QTimer>
#include <QWindow>

namespace griddesk::app {

namespace {
void fullScreenOn(QWidget *window, QScreen *screen)
{
    window->winId(); // the native window, so that it can be put on its screen
    if (screen) {
        window->windowHandle()->setScreen(screen);
        window->setGeometry(screen->geometry());
    }
    window->showFullScreen();
}
} // namespace

PresentationController::PresentationController(SlideSource &source, map::ConsoleLayers *layers, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_layers(layers)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_times([this] { return m_clock(); })
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("presentationController"));
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &PresentationController::onTick);
    connect(&m_source, &SlideSource::factsChanged, this, &PresentationController::onFactsChanged);
    connect(&m_source, &SlideSource::agendaChanged, this, [this] {
        if (!m_running)
            return;
        readAgenda();
        showCurrent();
    });
}

PresentationController::~PresentationController()
{
    delete m_wall;
    delete m_presenter;
}

void PresentationController::setTheme(SlideTheme theme)
{
    m_theme = theme;
    if (m_wall)
        m_wall->slide()->setTheme(theme);
}

void PresentationController::setClock(ItemTimes::Clock clock)
{
    m_clock = std::move(clock);
}

void PresentationController::createWindows(bool withPresenter)
{
    if (!m_wall) {
        m_wall = new PresentationWindow(m_layers);
        connect(m_wall, &PresentationWindow::command, this, &PresentationController::execute);
        connect(m_wall->slide(), &SlideWidget::repainted, this, &PresentationController::schedulePreview);
    }
    m_wall->slide()->setTheme(m_theme);
    if (withPresenter && !m_presenter) {
        m_presenter = new PresenterView;
        connect(m_presenter, &PresenterView::command, this, &PresentationController::execute);
    }
}

void PresentationController::start(QScreen *wall, QScreen *presenter)
{
    createWindows(presenter != nullptr && presenter != wall);
    fullScreenOn(m_wall, wall);
    if (m_presenter)
        fullScreenOn(m_presenter, presenter);
    begin();
}

void PresentationController::startOnChosenScreens()
{
    const settings::PresentationScreens chosen = settings::presentationScreens();
    setTheme(slidetheme::fromCode(chosen.theme));
    QScreen *wall = PresentationScreenDialog::wallScreen(chosen);
    start(wall, PresentationScreenDialog::presenterScreen(chosen, wall));
}

void PresentationController::startWindowed(const QSize &wall, const QSize &presenter)
{
    createWindows(!presenter.isEmpty());
    m_wall->resize(wall);
    m_wall->show();
    if (m_presenter) {
        m_presenter->resize(presenter);
        m_presenter->show();
    }
    begin();
}

void PresentationController::begin()
{
    m_running = true;
    m_blank = false;
    m_slide = 0;
    readAgenda();
    showCurrent();
    m_ticks = 0;
    m_tick->start();
    // The presenter holds the keyboard when there is one (the laptop).
    QWidget *keys = m_presenter ? static_cast<QWidget *>(m_presenter) : static_cast<QWidget *>(m_wall);
    keys->activateWindow();
    keys->setFocus();
}

void PresentationController::readAgenda()
{
    // Times already spent stay with their items when the agenda changes.
    QHash<qint64, int> spent;
    for (int i = 0; i < m_meeting.agenda.size(); ++i)
        if (m_meeting.agenda.at(i).id != 0)
            spent.insert(m_meeting.agenda.at(i).id, m_times.usedSeconds(i));
    const int running = m_times.running();
    const qint64 runningId = running >= 0 ? m_meeting.agenda.value(running).id : -1;
    m_times.run(-1);

    m_meeting = m_source.meeting();
    m_titles.clear();
    QVector<int> used;
    const int n = m_source.count();
    for (int i = 0; i < n; ++i) {
        const ItemFacts facts = m_source.facts(i);
        m_titles << facts.title;
        if (i >= m_meeting.agenda.size())
            m_meeting.agenda << facts.item;
        const AgendaItem &item = m_meeting.agenda.at(i);
        used << spent.value(item.id, item.usedSeconds);
    }
    m_meeting.agenda.resize(n);
    m_times.reset(used);
    m_slide = std::clamp(m_slide, 0, slideCount() - 1);
    if (runningId >= 0 && currentItem() >= 0 && m_meeting.agenda.at(currentItem()).id == runningId)
        m_times.run(currentItem());
}

int PresentationController::slideCount() const
{
    return m_meeting.agenda.size() + 2;
}

int PresentationController::currentItem() const
{
    const int item = m_slide - 1;
    return item >= 0 && item < m_meeting.agenda.size() ? item : -1;
}

void PresentationController::execute(SlideCommand command)
{
    if (!m_running)
        return;
    switch (command) {
    case SlideCommand::Next:
        goTo(m_slide + 1);
        break;
    case SlideCommand::Previous:
        goTo(m_slide - 1);
        break;
    case SlideCommand::First:
        goTo(0);
        break;
    case SlideCommand::Last:
        goTo(slideCount() - 1);
        break;
    case SlideCommand::Blank:
        m_blank = !m_blank;
        m_wall->slide()->setBlank(m_blank);
        updatePresenter();
        Q_EMIT blankChanged(m_blank);
        break;
    case SlideCommand::Decision:
        if (currentItem() >= 0)
            Q_EMIT decisionRequested(m_meeting.agenda.at(currentItem()));
        break;
    case SlideCommand::Leave:
        leave();
        break;
    case SlideCommand::None:
        break;
    }
}

void PresentationController::goTo(int slide)
{
    if (!m_running)
        return;
    slide = std::clamp(slide, 0, slideCount() - 1);
    // Moving on always brings the slides back from blank.
    if (m_blank) {
        m_blank = false;
        m_wall->slide()->setBlank(false);
        Q_EMIT blankChanged(false);
    }
    if (slide == m_slide)
        return;
    m_slide = slide;
    showCurrent();
    Q_EMIT currentChanged(m_slide);
}

void PresentationController::handOver(int item)
{
    if (item < 0 || item >= m_meeting.agenda.size())
        return;
    AgendaItem &stored = m_meeting.agenda[item];
    stored.usedSeconds = m_times.usedSeconds(item);
    Q_EMIT itemTimeUsed(stored);
}

void PresentationController::showCurrent()
{
    SlideWidget *slide = m_wall->slide();
    const int n = m_meeting.agenda.size();
    handOver(m_times.run(currentItem()));
    if (m_slide == 0)
        slide->showTitle(m_meeting, m_titles);
    else if (m_slide <= n)
        slide->showItem(m_source.facts(m_slide - 1), m_slide, n, footer());
    else
        slide->showEnd(meeting(), m_times.totalSeconds());
    updatePresenter();
}

QString PresentationController::footer() const
{
    const QString when = AgendaSlidePage::when(m_meeting);
    return when.isEmpty() ? tr("Weekly joint meeting") : tr("Weekly joint meeting · %1").arg(when);
}

void PresentationController::onFactsChanged(int index)
{
    if (!m_running || index < 0 || index >= m_meeting.agenda.size())
        return;
    m_titles[index] = m_source.facts(index).title;
    // The slide on the wall reads its facts again; a change elsewhere shows
    // when its slide comes (or, for the title slide, in its list).
    if (m_slide == 0 || m_slide == index + 1)
        showCurrent();
    else
        updatePresenter();
}

void PresentationController::onTick()
{
    updatePresenter();
    // The running item's time is handed over each minute, so little is lost
    // if the console stops.
    if (++m_ticks % 60 == 0)
        handOver(m_times.running());
}

void PresentationController::updatePresenter()
{
    if (!m_presenter)
        return;
    const int n = m_meeting.agenda.size();
    const int item = currentItem();
    PresenterState s;
    if (m_slide == 0)
        s.position = tr("Title slide (%n item(s) on the agenda)", "", n);
    else if (item >= 0)
        s.position = tr("Item %1 of %2").arg(item + 1).arg(n);
    else
        s.position = tr("End slide");
    s.nextTitle = m_slide < n ? m_titles.value(m_slide) : QString();
    s.onItem = item >= 0;
    if (s.onItem) {
        s.notes = m_meeting.agenda.at(item).notes;
        s.itemUsedSeconds = m_times.usedSeconds(item);
        s.itemPlannedSeconds = m_meeting.agenda.at(item).plannedMinutes * 60;
    }
    s.meetingUsedSeconds = m_times.totalSeconds();
    s.meetingLengthSeconds = m_meeting.lengthMinutes * 60;
    s.blank = m_blank;
    s.now = QDateTime::fromMSecsSinceEpoch(m_clock()).toOffsetFromUtc(kChinaOffset);
    m_presenter->setState(s);
}

void PresentationController::schedulePreview()
{
    if (!m_presenter || m_previewPending)
        return;
    m_previewPending = true;
    // Once the slide has been laid out and painted.
    QTimer::singleShot(0, this, [this] {
        m_previewPending = false;
        if (m_presenter && m_wall)
            m_presenter->setPreview(m_wall->slide()->grab());
    });
}

void PresentationController::leave()
{
    if (!m_running)
        return;
    m_running = false;
    m_tick->stop();
    handOver(m_times.run(-1));
    if (m_wall)
        m_wall->hide();
    if (m_presenter)
        m_presenter->hide();
    Q_EMIT finished();
}

Meeting PresentationController::meeting() const
{
    Meeting m = m_meeting;
    for (int i = 0; i < m.agenda.size(); ++i)
        m.agenda[i].usedSeconds = m_times.usedSeconds(i);
    return m;
}

} // namespace griddesk::app
