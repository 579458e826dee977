#pragma once
// A window of presentation mode (the wall, the presenter view): its keys
// become slide commands, and closing it is leaving.

#include "SlideKeys.h"

#include <QWidget>

namespace griddesk::app {

class SlideCommandWindow : public QWidget
{
    Q_OBJECT

public:
    explicit SlideCommandWindow(QWidget *parent = nullptr);

Q_SIGNALS:
    void command(griddesk::app::SlideCommand command);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
};

} // namespace griddesk::app
