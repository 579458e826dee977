#pragma once
// Keeps the titles of tabbed docks whole: a narrow dock column with five
// docks tabbed together would otherwise cut every title to a character and
// "…" (详细…, 每周…). The tab bars that the main window makes for tabbed
// docks, now and whenever docks are tabbed later, show whole titles and
// scroll arrows when the titles do not fit.

#include <QObject>

class QMainWindow;

namespace griddesk::app {

class DockTabTitles : public QObject
{
    Q_OBJECT

public:
    // Watches `window` (and is owned by it).
    explicit DockTabTitles(QMainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void keepWhole(QObject *child);
};

} // namespace griddesk::app
