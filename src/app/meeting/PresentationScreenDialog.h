#pragma once
// Chooses where presentation mode shows: the screen of the wall (projector
// or video wall) and the screen of the presenter view (or none), and the
// slides' theme; remembered for this computer.

#include "AppSettings.h"

#include <QDialog>

class QComboBox;
class QScreen;

namespace griddesk::app {

class PresentationScreenDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PresentationScreenDialog(QWidget *parent = nullptr);

    // The choice in the form; accept() also stores it in the settings.
    settings::PresentationScreens choice() const;
    void accept() override;

    // The screens a choice names, as they are connected now: the wall (the
    // named screen, else one that is not the main screen, else the main
    // screen) and the presenter view (the named screen, else the main screen
    // when the wall is elsewhere; null for "none" or when only one screen is there).
    static QScreen *wallScreen(const settings::PresentationScreens &choice);
    static QScreen *presenterScreen(const settings::PresentationScreens &choice, QScreen *wall);
    // "HDMI-1 — 1920×1080", as the lists show a screen.
    static QString describe(const QScreen *screen);

private:
    QComboBox *m_wall;
    QComboBox *m_presenter;
    QComboBox *m_theme;
};

} // namespace griddesk::app
