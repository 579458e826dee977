#pragma once
// Presentation mode of a joint meeting: owns the wall screen and the
// presenter view, which slide is current, and the time spent on each item.
// Slide 0 is the title slide, slides 1..n the agenda items, n+1 the end.
// It reads a SlideSource and shows its changes as they come; it stores
// nothing: what is to be kept (time used, decisions) leaves by signals.

#include "AgendaItem.h"
#include "ItemTimes.h"
#include "Meeting.h"
#include "SlideKeys.h"
#include "SlideLook.h"

#include <QObject>
#include <QPointer>

class QScreen;
class QTimer;

namespace griddesk::map {
class ConsoleLayers;
}

namespace griddesk::app {

class PresentationWindow;
class PresenterView;
class SlideSource;

class PresentationController : public QObject
{
    Q_OBJECT

public:
    // `layers`: the console's map layers the slides draw (null: no map).
    PresentationController(SlideSource &source, map::ConsoleLayers *layers, QObject *parent = nullptr);
    ~PresentationController() override;

    void setTheme(SlideTheme theme);
    // Where "now" comes from (ms since the epoch), for the item timers and
    // the clock; tests pass their own.
    void setClock(ItemTimes::Clock clock);

    // Full screen: the wall on `wall`, the presenter view on `presenter`
    // (null: no presenter view).
    void start(QScreen *wall, QScreen *presenter);
    // Full screen where the settings say (PresentationScreenDialog), in the
    // theme they name.
    void startOnChosenScreens();
    // In windows of the given sizes (a rehearsal, tests, pictures); an empty
    // presenter size: no presenter view.
    void startWindowed(const QSize &wall, const QSize &presenter);
    bool isRunning() const { return m_running; }

    int slideCount() const;
    int currentSlide() const { return m_slide; }
    // The agenda item on the wall, or -1 on the title and end slides.
    int currentItem() const;
    bool isBlank() const { return m_blank; }
    void execute(SlideCommand command);
    void goTo(int slide);
    // Leaves presentation mode: the windows close, the running item's time is
    // handed over (itemTimeUsed), then finished().
    void leave();

    // The meeting with the time used on each item so far.
    Meeting meeting() const;
    PresentationWindow *wall() const { return m_wall; }
    PresenterView *presenter() const { return m_presenter; }

Q_SIGNALS:
    void currentChanged(int slide);
    void blankChanged(bool blank);
    // An item's time changed (when it leaves the wall, and each minute while
    // it is there): `item.usedSeconds` holds the new total.
    void itemTimeUsed(const griddesk::AgendaItem &item);
    // D on an item's slide: record a decision on that item.
    void decisionRequested(const griddesk::AgendaItem &item);
    void finished();

private:
    void createWindows(bool withPresenter);
    void begin();
    void readAgenda();
    void showCurrent();
    void updatePresenter();
    void schedulePreview();
    void onFactsChanged(int index);
    void onTick();
    void handOver(int item);
    QString footer() const;

    SlideSource &m_source;
    map::ConsoleLayers *m_layers;
    SlideTheme m_theme = SlideTheme::Light;
    ItemTimes::Clock m_clock;
    ItemTimes m_times;
    Meeting m_meeting;
    QStringList m_titles;
    QPointer<PresentationWindow> m_wall;
    QPointer<PresenterView> m_presenter;
    QTimer *m_tick;
    int m_slide = 0;
    bool m_blank = false;
    bool m_running = false;
    bool m_previewPending = false;
    int m_ticks = 0;
};

} // namespace griddesk::app
