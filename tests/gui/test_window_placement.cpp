// The window comes back where it was left only when that still fits: a
// geometry saved on a smaller or a larger class of screen, or one larger than
// the screen, opens maximised instead. The rule on its own, then the real
// window on a 1080p screen's available area (the offscreen screen itself is
// smaller than the console's minimum size).
#include "AppResources.h"
#include "AppSettings.h"
#include "ConsoleSession.h"
#include "MainWindow.h"
#include "QgisTestMain.h"
#include "TestDemo.h"
#include "WindowPlacement.h"

#include <QSettings>
#include <QTemporaryDir>

#include <qgsmapcanvas.h>

using namespace griddesk;
using namespace griddesk::app;

class TestWindowPlacement : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    static QRect available() { return QRect(0, 0, 1920, 1040); }

    // Leaves settings as a console would that was closed with its window at
    // `frame` on a screen whose available area was `screen`.
    void saveWindow(const QRect &frame, const QSize &screen, bool maximised = false)
    {
        QSettings().clear();
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(m_path), &error);
        QVERIFY2(session, qPrintable(error));
        MainWindow w(*session);
        w.setGeometry(frame);
        w.saveLayout();
        settings::setSavedWindow({frame, screen, maximised});
    }

    // Opens the console as at start-up; true when it came up maximised.
    bool opensMaximised(QRect *geometry = nullptr)
    {
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(m_path), &error);
        if (!session)
            return false;
        MainWindow w(*session);
        w.showAsSaved(available());
        if (!QTest::qWaitForWindowExposed(&w))
            return false;
        if (geometry)
            *geometry = w.geometry();
        return w.windowState() & Qt::WindowMaximized;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = test::createDemo(m_dir);
    }

    void theRule()
    {
        using namespace windowplacement;
        const QRect fullHd(0, 0, 1920, 1040);
        // Left on this screen, inside it: restored.
        QVERIFY(shouldRestore(QRect(100, 80, 1200, 800), QSize(1920, 1040), fullHd));
        QVERIFY(shouldRestore(QRect(0, 0, 1920, 1040), QSize(1920, 1040), fullHd));
        // A near size (1920×1080 less another taskbar) is the same class.
        QVERIFY(shouldRestore(QRect(0, 0, 1800, 1000), QSize(1920, 1050), fullHd));
        // Saved full-size on a laptop, now on 1080p: it would leave a band.
        QVERIFY(!shouldRestore(QRect(0, 0, 1366, 728), QSize(1366, 728), fullHd));
        // Saved on 4K, now on 1080p: it would overflow.
        QVERIFY(!shouldRestore(QRect(0, 0, 3840, 2120), QSize(3840, 2120), fullHd));
        // Larger than the screen, or partly off it, on the same screen.
        QVERIFY(!shouldRestore(QRect(0, 0, 2000, 1040), QSize(1920, 1040), fullHd));
        QVERIFY(!shouldRestore(QRect(1000, 500, 1200, 800), QSize(1920, 1040), fullHd));
        // Nothing saved, or from a version that did not record the screen.
        QVERIFY(!shouldRestore(QRect(), QSize(1920, 1040), fullHd));
        QVERIFY(!shouldRestore(QRect(100, 80, 1200, 800), QSize(), fullHd));
        // A second screen to the right of the first.
        QVERIFY(shouldRestore(QRect(2000, 50, 1000, 700), QSize(1920, 1040), QRect(1920, 0, 1920, 1040)));
        QVERIFY(sameSizeClass(QSize(1920, 1040), QSize(1920, 1080)));
        QVERIFY(!sameSizeClass(QSize(1366, 728), QSize(1920, 1040)));
    }

    void firstStartOpensMaximised()
    {
        QSettings().clear();
        QVERIFY(opensMaximised());
    }

    void aWindowThatFitsComesBackWhereItWas()
    {
        const QRect a = available();
        const QRect frame(a.x() + 100, a.y() + 60, a.width() * 3 / 4, a.height() * 3 / 4);
        saveWindow(frame, a.size());
        QRect g;
        QVERIFY(!opensMaximised(&g));
        QCOMPARE(g, frame);
    }

    void aWindowFromASmallerScreenOpensMaximised()
    {
        const QRect a = available();
        // Full-size on a screen two-thirds the size of this one.
        const QSize smaller(a.width() * 2 / 3, a.height() * 2 / 3);
        saveWindow(QRect(a.topLeft(), smaller), smaller);
        QVERIFY(opensMaximised());
    }

    void aWindowLargerThanTheScreenOpensMaximised()
    {
        const QRect a = available();
        saveWindow(QRect(a.topLeft(), a.size() * 1.5), a.size() * 1.5);
        QVERIFY(opensMaximised());
        // …also when the screen size recorded matches but the window does not fit.
        saveWindow(QRect(a.topLeft() + QPoint(40, 40), a.size()), a.size());
        QVERIFY(opensMaximised());
    }

    void aMaximisedWindowComesBackMaximised()
    {
        const QRect a = available();
        saveWindow(QRect(a.topLeft() + QPoint(20, 20), a.size() / 2), a.size(), true);
        QVERIFY(opensMaximised());
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestWindowPlacement, griddesk::app::initResources)
#include "test_window_placement.moc"
