#pragma once
// The wall screen of presentation mode: one slide filling the window, full
// screen on the chosen screen. Keys become slide commands; closing the
// window is leaving.

#include "SlideCommandWindow.h"

namespace griddesk::map {
class ConsoleLayers;
}

namespace griddesk::app {

class SlideWidget;

class PresentationWindow : public SlideCommandWindow
{
    Q_OBJECT

public:
    explicit PresentationWindow(map::ConsoleLayers *layers, QWidget *parent = nullptr);

    SlideWidget *slide() const { return m_slide; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    SlideWidget *m_slide;
};

} // namespace griddesk::app
