// The console fits the screens township offices have, from 1366×768 to
// 3840×2160, in Chinese and in English: real widgets with the console's style
// sheet and fonts, offscreen, on the demo township.
#include "AppResources.h"
#include "ConsoleLook.h"
#include "ConsoleSession.h"
#include "ElidedLabel.h"
#include "HeaderBar.h"
#include "Language.h"
#include "MainWindow.h"
#include "QgisTestMain.h"
#include "TestDemo.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTreeView>

#include <qgsmapcanvas.h>

using namespace griddesk;
using namespace griddesk::app;

namespace {
// 1366×768 less a taskbar (about 40 px); the window frame is drawn outside.
const QSize kSmallest(1366, 728);

QString minimumSizes(MainWindow &w)
{
    QStringList parts;
    auto add = [&parts](QWidget *x) {
        if (x && x->isVisibleTo(x->window()))
            parts << QStringLiteral("%1 %2x%3").arg(x->objectName()).arg(x->minimumSizeHint().width()).arg(x->minimumSizeHint().height());
    };
    for (QToolBar *t : w.findChildren<QToolBar *>())
        add(t);
    for (QDockWidget *d : w.findChildren<QDockWidget *>())
        add(d);
    add(w.centralWidget());
    add(w.statusBar());
    return parts.join(QStringLiteral(", "));
}

// The widget lies wholly inside the window and has at least the width it asks for.
QString cutOff(QWidget *x, const QWidget &window)
{
    const QRect r(x->mapTo(&window, QPoint(0, 0)), x->size());
    if (!window.rect().contains(r))
        return QStringLiteral("%1 at %2,%3 %4x%5 lies outside the window")
            .arg(x->objectName()).arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
    if (x->width() < x->minimumSizeHint().width())
        return QStringLiteral("%1 is %2 px wide of the %3 it needs").arg(x->objectName()).arg(x->width()).arg(x->minimumSizeHint().width());
    return {};
}
} // namespace

class TestWindowFit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        m_path = test::createDemo(m_dir);
    }

    void cleanupTestCase()
    {
        language::install(QStringLiteral("en"));
    }

    void fitsAndTheMapKeepsTheRoom_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QSize>("size");
        for (const char *lang : {"zh_CN", "en"})
            for (const QSize &s : {kSmallest, QSize(1920, 1040), QSize(3840, 2120)})
                QTest::addRow("%s %dx%d", lang, s.width(), s.height()) << QString::fromLatin1(lang) << s;
    }

    void fitsAndTheMapKeepsTheRoom()
    {
        QFETCH(QString, lang);
        QFETCH(QSize, size);
        language::install(lang);
        look::apply(*qApp); // as at start-up: the style sheet, and the face for the language
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(m_path), &error);
        QVERIFY2(session, qPrintable(error));
        MainWindow w(*session);
        w.resize(size);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // The minimum size, polished with the style sheet as on screen, fits the smallest screen.
        const QSize hint = w.minimumSizeHint();
        QVERIFY2(hint.width() <= kSmallest.width() && hint.height() <= kSmallest.height(),
                 qPrintable(QStringLiteral("minimum %1x%2: %3").arg(hint.width()).arg(hint.height()).arg(minimumSizes(w))));
        QVERIFY(w.minimumSize().width() <= kSmallest.width() && w.minimumSize().height() <= kSmallest.height());
        w.applyDefaultDockSizes();
        QApplication::processEvents();
        QCOMPARE(w.size(), size);

        // The header's figures, live state and clock, the docks beside the map and
        // the status bar's read-outs are all on screen and not squeezed.
        QWidget *strip = w.headerBar()->findChild<QWidget *>(QStringLiteral("headerStrip"));
        QVERIFY(strip);
        QCOMPARE(w.headerBar()->isCompact(), size.width() < HeaderBar::kCompactWidth);
        for (QLabel *l : strip->findChildren<QLabel *>()) {
            if (qobject_cast<ElidedLabel *>(l))
                continue; // the centre's name may give way
            const QString cut = cutOff(l, w);
            QVERIFY2(cut.isEmpty(), qPrintable(cut));
            QVERIFY2(l->width() >= l->sizeHint().width(), qPrintable(l->objectName() + QStringLiteral(": ") + l->text()));
        }
        // The date beside the clock is the centre's (China Standard Time), as the
        // counters' "today", whatever zone the workstation is in.
        auto *date = strip->findChild<QLabel *>(QStringLiteral("headerDate"));
        QVERIFY(date);
        const QDate centreDay = QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600).date();
        QVERIFY2(date->text().startsWith(centreDay.toString(QStringLiteral("yyyy-MM-dd")))
                     || QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600).time() < QTime(0, 0, 5),
                 qPrintable(date->text()));
        auto *title = strip->findChild<ElidedLabel *>(QStringLiteral("headerTitle"));
        QVERIFY(title && title->width() > 0);
        if (title->isElided())
            QCOMPARE(title->hoverText(), title->text());
        for (const char *name : {"layersDock", "featureDetailsDock", "incidentListDock"}) {
            auto *d = w.findChild<QDockWidget *>(QString::fromLatin1(name));
            QVERIFY2(d && d->isVisible(), name);
            const QString cut = cutOff(d, w);
            QVERIFY2(cut.isEmpty(), qPrintable(cut));
        }
        for (QWidget *x : w.statusBar()->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (!x->isVisible())
                continue;
            const QString cut = cutOff(x, w);
            QVERIFY2(cut.isEmpty(), qPrintable(cut));
        }

        // The map is the largest thing in the window.
        QWidget *map = w.centralWidget();
        QVERIFY2(map->width() >= 0.55 * size.width() && map->height() >= 0.4 * size.height(),
                 qPrintable(QStringLiteral("map %1x%2 %3").arg(map->width()).arg(map->height()).arg(minimumSizes(w))));
        for (QDockWidget *d : w.findChildren<QDockWidget *>())
            if (d->isVisible())
                QVERIFY2(d->width() * d->height() < map->width() * map->height(), qPrintable(d->objectName()));

        // Docks tabbed together keep their titles whole, scrolling when they
        // do not fit; and the joint meeting's dock, brought to the front,
        // keeps its agenda and its buttons inside what the dock shows.
        const QList<QTabBar *> bars = w.findChildren<QTabBar *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(!bars.isEmpty());
        for (QTabBar *bar : bars) {
            QCOMPARE(bar->elideMode(), Qt::ElideNone);
            for (int t = 0; t < bar->count(); ++t)
                QVERIFY2(bar->tabRect(t).width() > bar->fontMetrics().horizontalAdvance(bar->tabText(t)),
                         qPrintable(bar->tabText(t)));
        }
        auto *meeting = w.findChild<QDockWidget *>(QStringLiteral("meetingDock"));
        QVERIFY(meeting);
        meeting->show();
        meeting->raise();
        QApplication::processEvents();
        auto *agendaTab = meeting->findChild<QWidget *>(QStringLiteral("agendaView"))->parentWidget();
        auto *viewport = agendaTab->parentWidget(); // the tab's scroll area's viewport
        for (const char *name : {"agendaView", "agendaUpButton", "agendaDownButton", "agendaRemoveButton",
                                 "agendaAddButton", "agendaRebuildButton", "agendaTotal"}) {
            auto *x = meeting->findChild<QWidget *>(QString::fromLatin1(name));
            QVERIFY2(x && x->isVisible(), name);
            const int right = x->mapTo(viewport, QPoint(x->width(), 0)).x();
            QVERIFY2(right <= viewport->width(),
                     qPrintable(QStringLiteral("%1 ends at %2 in a tab %3 px wide").arg(QLatin1String(name)).arg(right).arg(viewport->width())));
        }

        // The layer panel shows every legend entry whole: from 1080p up without
        // scrolling, on the smallest screen at least at full width.
        auto *tree = w.findChild<QTreeView *>(QStringLiteral("layerTreeView"));
        QVERIFY(tree);
        QVERIFY2(tree->horizontalScrollBar()->maximum() == 0,
                 qPrintable(QStringLiteral("legend %1 px wider than the panel").arg(tree->horizontalScrollBar()->maximum())));
        if (size.height() >= 1040)
            QCOMPARE(tree->verticalScrollBar()->maximum(), 0);
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestWindowFit, griddesk::app::initResources)
#include "test_window_fit.moc"
