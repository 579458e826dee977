// Security bulletins in the console, on a GeoPackage and on the server
// (GRIDDESK_TEST_BACKEND): a bulletin published from another client
// appears on a console whose scope it overlaps, in the header's banner and
// as an area on the map, within a second, and goes by itself when it
// expires; a console whose scope it does not overlap never shows it; and
// the centre publishes one from its console (units chosen, or an area drawn
// with the mouse), is told which field is wrong, and withdraws it.
#include "AppResources.h"
#include "AreaDrawTool.h"
#include "BulletinBanner.h"
#include "BulletinDialog.h"
#include "BulletinDock.h"
#include "BulletinModule.h"
#include "BulletinTheme.h"
#include "ConsoleLayers.h"
#include "ConsoleSession.h"
#include "ConsoleSignIn.h"
#include "Language.h"
#include "MainWindow.h"
#include "MapSpots.h"
#include "PgStore.h"
#include "PolygonOps.h"
#include "QgisTestMain.h"
#include "SignIn.h"
#include "TestBackend.h"
#include "TestPeople.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>

#include <qgsfeatureiterator.h>
#include <qgsmapcanvas.h>
#include <qgsvectorlayer.h>

using namespace griddesk;
using namespace griddesk::app;

namespace {
const QString kPassword = QStringLiteral("Bulletin-console 2026");

QStringList bannerTexts(BulletinBanner *banner)
{
    QStringList out;
    if (banner->isVisible())
        for (QToolButton *item : banner->items())
            out << item->toolTip();
    return out;
}

// The bulletins the map layer draws (its features, as the renderer reads them).
QStringList codesOn(QgsVectorLayer *layer)
{
    QStringList codes;
    QgsFeature f;
    QgsFeatureIterator it = layer->getFeatures();
    while (it.nextFeature(f))
        codes << f.attribute(QStringLiteral("code")).toString();
    return codes;
}

bool bannerShows(BulletinBanner *banner, const QString &title)
{
    const QStringList texts = bannerTexts(banner);
    return std::any_of(texts.begin(), texts.end(), [&](const QString &t) { return t.contains(title); });
}
} // namespace

class TestBulletinsLive : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::TestBackend m_backend;
    test::TestPlaces m_places;
    QString m_suffix;

    QString login(const char *name) const { return QString::fromLatin1(name) + m_suffix; }

    // The console of one person, as the console opens it.
    std::unique_ptr<ConsoleSession> sessionOf(const char *name)
    {
        return test::consoleSessionOf(m_backend, login(name), kPassword);
    }

    // Another client: the centre's own connection, outside any console.
    std::unique_ptr<Store> publisher()
    {
        return m_backend.openAs(login("centre"), kPassword);
    }

    static Bulletin on(const AdminUnit &unit, const QString &title, int seconds)
    {
        Bulletin b;
        b.level = BulletinLevel::Red;
        b.title = title;
        b.text = QStringLiteral("近期电动车被盗多发，请加装车锁。");
        b.validFrom = QDateTime::currentDateTimeUtc().addSecs(-60);
        b.validTo = QDateTime::currentDateTimeUtc().addSecs(seconds);
        b.unitCodes = QStringList{unit.code};
        return b;
    }

    static void showAndPaint(MainWindow &w, ConsoleSession &session)
    {
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy painted(session.canvas(), &QgsMapCanvas::mapCanvasRefreshed);
        QVERIFY(painted.wait(20000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        language::install(QStringLiteral("en"));
        qInfo("backend: %s", qPrintable(test::TestBackend::name()));
        m_backend.createDemo(m_dir);
        m_suffix = QStringLiteral("_l%1").arg(QCoreApplication::applicationPid());
        auto owner = m_backend.open();
        m_places = test::TestPlaces::of(*owner);
        test::addPeople(*owner,
                        {{"centre", Role::CentreStaff, m_places.township, {}},
                         {"workera", Role::GridWorker, m_places.gridA.code, {}},
                         {"workerb", Role::GridWorker, m_places.gridB.code, {}}},
                        m_suffix, kPassword);
    }

    void publishedElsewhereShowsWithinASecondUntilItExpires()
    {
        auto session = sessionOf("workera");
        QVERIFY(session);
        MainWindow w(*session);
        showAndPaint(w, *session);
        auto *module = w.findChild<BulletinModule *>();
        QVERIFY(module);
        BulletinBanner *banner = module->banner();
        QgsVectorLayer *layer = module->theme()->layer();
        QVERIFY(!banner->isVisible());
        QVERIFY(codesOn(layer).isEmpty());

        auto other = publisher();
        const Bulletin b = other->publish(on(m_places.gridA, QStringLiteral("网格 A 电动车被盗"), 5));
        QTRY_VERIFY_WITH_TIMEOUT(bannerShows(banner, b.title), 1000);
        // The map draws the bulletin's area.
        QTRY_COMPARE_WITH_TIMEOUT(codesOn(layer), QStringList{b.code}, 1000);
        QVERIFY(banner->items().first()->text().contains(QStringLiteral("Red warning")));

        // It expires with nothing written: the console drops it by itself.
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 15000);
        QVERIFY(codesOn(layer).isEmpty());
        QVERIFY(module->theme()->active().isEmpty());
    }

    void aConsoleOutsideTheAreaNeverShowsIt()
    {
        auto session = sessionOf("workerb");
        QVERIFY(session);
        MainWindow w(*session);
        showAndPaint(w, *session);
        auto *module = w.findChild<BulletinModule *>();
        BulletinBanner *banner = module->banner();
        auto other = publisher();
        const Bulletin onA = other->publish(on(m_places.gridA, QStringLiteral("只在网格 A"), 600));
        const Bulletin onB = other->publish(on(m_places.gridB, QStringLiteral("只在网格 B"), 600));
        QTRY_VERIFY_WITH_TIMEOUT(bannerShows(banner, onB.title), 1000);
        // Published first, so the console has read it by now, and left it out.
        QVERIFY(!bannerShows(banner, onA.title));
        QCOMPARE(codesOn(module->theme()->layer()), QStringList{onB.code});
        for (const Bulletin &b : module->theme()->active())
            QVERIFY(b.id != onA.id);
        other->withdraw(onA.id);
        other->withdraw(onB.id);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 1000);
        QTRY_VERIFY(!session->canvas()->isDrawing());
    }

    void theCentrePublishesFromItsConsoleAndWithdraws()
    {
        auto session = sessionOf("centre");
        QVERIFY(session);
        MainWindow w(*session);
        showAndPaint(w, *session);
        auto *module = w.findChild<BulletinModule *>();
        QAction *publish = w.findChild<QAction *>(QStringLiteral("actionPublishBulletin"));
        QVERIFY(publish && publish->isEnabled());
        publish->trigger();
        BulletinDialog *dialog = module->dialog();
        QVERIFY(dialog && dialog->isVisible());

        // Nothing filled in: the form names what is missing and stays open.
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->errorLabel()->text().contains(QStringLiteral("title")), qPrintable(dialog->errorLabel()->text()));
        QVERIFY(dialog->errorLabel()->text().contains(QStringLiteral("area")));

        // The area drawn with the mouse: three corners inside grid A, a right click closes it.
        dialog->findChild<QPushButton *>(QStringLiteral("bulletinDrawButton"))->click();
        QVERIFY(!dialog->isVisible());
        QgsMapCanvas *canvas = session->canvas();
        QCOMPARE(canvas->mapTool(), module->drawTool());
        canvas->setExtent(session->layers().displayExtent(polygon::bounds(m_places.gridA.geometry)));
        canvas->refresh();
        const GeoPoint c = polygon::centroid(m_places.gridA.geometry);
        const double d = 0.0004;
        for (const GeoPoint &p : {GeoPoint{c.x - d, c.y - d}, GeoPoint{c.x + d, c.y - d}, GeoPoint{c.x, c.y + d}})
            QTest::mouseRelease(canvas->viewport(), Qt::LeftButton, Qt::NoModifier, test::screenPoint(canvas, p));
        QCOMPARE(module->drawTool()->cornerCount(), 3);
        QTest::mouseRelease(canvas->viewport(), Qt::RightButton, Qt::NoModifier, test::screenPoint(canvas, c));
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->drawnChoice()->isChecked());
        const Bulletin drawn = dialog->draft();
        QVERIFY(polygon::contains(drawn.area, c));

        dialog->titleEdit()->setText(QStringLiteral("网格 A 施工坑洞"));
        dialog->textEdit()->setPlainText(QStringLiteral("夜间注意绕行。"));
        dialog->findChild<QPushButton *>(QStringLiteral("bulletinPublishButton"))->click();
        QTRY_VERIFY2(!module->dialog(), "the form closes once the bulletin is published");
        BulletinBanner *banner = module->banner();
        QTRY_VERIFY_WITH_TIMEOUT(bannerShows(banner, QStringLiteral("网格 A 施工坑洞")), 1000);
        auto owner = m_backend.open();
        const QVector<Bulletin> active = owner->activeBulletins(QDateTime::currentDateTimeUtc());
        QCOMPARE(active.size(), 1);
        QCOMPARE(active.first().unitCodes,
                 (QStringList{m_places.township, m_places.communityA.code, m_places.gridA.code}));

        // Clicking the banner shows the area; withdrawing from the list ends it.
        canvas->setExtent(session->layers().fullExtent());
        banner->items().first()->click();
        QVERIFY(canvas->extent().contains(session->layers().displayExtent(polygon::bounds(active.first().area)).center()));
        QVERIFY(canvas->extent().width() < session->layers().fullExtent().width() / 4);
        QTableWidget *table = module->dock()->table();
        QTRY_COMPARE(table->rowCount(), 1);
        table->selectRow(0);
        QPushButton *withdraw = module->dock()->withdrawButton();
        QVERIFY(withdraw->isEnabled());
        withdraw->click();
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 1000);
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(owner->activeBulletins(QDateTime::currentDateTimeUtc()).isEmpty());
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestBulletinsLive, griddesk::app::initResources)
#include "test_bulletins_live.moc"
