#pragma once
// The small window on screen while a database opens (after the sign-in,
// before the console's window): which database, and a busy bar that keeps
// moving because the opening lets the event loop turn between its steps.

#include <QFrame>

namespace griddesk::app {

class OpeningSplash : public QFrame
{
    Q_OBJECT

public:
    explicit OpeningSplash(const QString &database, QWidget *parent = nullptr);

    // Between two steps of the opening: the splash and the system's
    // messages are answered; the keyboard and mouse wait (nothing here
    // takes them, and the console's window is not on screen yet).
    static void breathe();

protected:
    void showEvent(QShowEvent *event) override;
};

} // namespace griddesk::app
