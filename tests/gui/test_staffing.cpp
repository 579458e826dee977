// Grid staff in the real console: the dock lists the demo's register with
// masked phones and the three planted breaches; the staffing map colours the
// grid without a manager red in a real QGIS render; adding a manager through
// the form (a bad phone first, refused in the form) turns that grid green;
// and a change made by another connection comes back through the change
// feed and turns it red again.
#include "AppResources.h"
#include "ConsoleLayers.h"
#include "ConsoleSession.h"
#include "GpkgStore.h"
#include "Language.h"
#include "MainWindow.h"
#include "MapRenderProbe.h"
#include "PolygonOps.h"
#include "QgisTestMain.h"
#include "StaffDialog.h"
#include "StaffDock.h"
#include "StaffingViolationModel.h"
#include "StaffingModule.h"
#include "StaffingTheme.h"
#include "Store.h"
#include "TestDemo.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

#include <qgscoordinatetransform.h>
#include <qgsmapcanvas.h>
#include <qgsvectorlayer.h>

using namespace griddesk;
using namespace griddesk::app;

namespace {

// The theme's fill as drawn over white: its colour at alpha 150.
QColor overWhite(const QColor &c)
{
    auto mix = [](int v) { return (v * 150 + 255 * 105) / 255; };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}

} // namespace

class TestStaffing : public QObject
{
    Q_OBJECT

private:
    // Share of a 15x15 patch at the grid's centre that the theme layer, rendered
    // alone on white by QGIS, paints in the colour of `state`.
    double share(map::StaffingTheme *theme, const map::ConsoleLayers &layers, const AdminUnit &grid, StaffingState state)
    {
        QgsMapSettings settings = test::consoleMapSettings(layers, QSize(1000, 800));
        settings.setBackgroundColor(Qt::white);
        settings.setLayers({theme->layer()});
        settings.setFlag(Qgis::MapSettingsFlag::DrawLabeling, false);
        const QImage image = test::renderMap(settings);
        const GeoPoint c = polygon::centroid(grid.geometry);
        const QgsCoordinateTransform ct(QgsCoordinateReferenceSystem::fromEpsgId(4490), settings.destinationCrs(),
                                        QgsProject::instance()->transformContext());
        const QgsPointXY p = settings.mapToPixel().transform(ct.transform(QgsPointXY(c.x, c.y)));
        const QColor want = overWhite(map::StaffingTheme::colour(state));
        int match = 0, total = 0;
        for (int dx = -7; dx <= 7; ++dx)
            for (int dy = -7; dy <= 7; ++dy, ++total)
                match += test::nearColour(QColor(image.pixel(int(p.x()) + dx, int(p.y()) + dy)), want, 8) ? 1 : 0;
        return double(match) / total;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        language::install(QStringLiteral("en"));
    }

    void addingAManagerTurnsTheGridGreen()
    {
        QTemporaryDir dir;
        const QString path = test::createDemo(dir);
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(path), &error);
        QVERIFY2(session, qPrintable(error));
        MainWindow w(*session);
        auto *module = w.findChild<StaffingModule *>();
        QVERIFY(module);
        StaffDock *dock = module->dock();
        QCOMPARE(dock->objectName(), QStringLiteral("staffDock"));
        for (QAction *a : {module->mapAction(), module->addAction(), module->editAction(), module->retireAction(),
                           module->revealAction()})
            QVERIFY(!a->objectName().isEmpty());

        // The register as the store has it, read on a worker thread, phones
        // masked; the three breaches listed.
        QTRY_VERIFY_WITH_TIMEOUT(!module->isLoading(), 10000);
        QCOMPARE(dock->shownIds().size(), session->store().staffMembers().size());
        for (int r = 0; r < dock->table()->rowCount(); ++r)
            QVERIFY2(dock->table()->item(r, 3)->text().contains(QStringLiteral("****")), qPrintable(dock->table()->item(r, 3)->text()));
        QCOMPARE(dock->violationTable()->model()->rowCount(), 3);
        QString gridCode;
        for (const GridStaffing &g : session->store().staffingCheck())
            if (g.state == StaffingState::NoManager)
                gridCode = g.gridCode;
        QVERIFY(!gridCode.isEmpty());
        const AdminUnit grid = *session->store().adminUnit(gridCode);
        // Each breach a sentence naming its grid; Zoom to Grid goes to the one selected.
        const QAbstractItemModel *breaches = dock->violationTable()->model();
        int breachRow = -1;
        for (int r = 0; r < breaches->rowCount(); ++r)
            if (breaches->index(r, 0).data(StaffingViolationModel::GridCodeRole).toString() == gridCode)
                breachRow = r;
        QVERIFY(breachRow >= 0);
        QVERIFY2(breaches->index(breachRow, 0).data().toString().contains(grid.name),
                 qPrintable(breaches->index(breachRow, 0).data().toString()));
        dock->violationTable()->selectRow(breachRow);
        QSignalSpy zoomTo(dock, &StaffDock::zoomRequested);
        dock->findChild<QPushButton *>(QStringLiteral("staffZoomButton"))->click();
        QCOMPARE(zoomTo.count(), 1);
        QCOMPARE(zoomTo.first().first().toString(), gridCode);

        // Filtered to the grids without a manager, the register shows only that grid's people.
        dock->violationFilter()->setCurrentIndex(dock->violationFilter()->findData(QStringLiteral("no_manager")));
        QVERIFY(!dock->shownIds().isEmpty());
        for (qint64 id : dock->shownIds())
            QCOMPARE(session->store().staffMember(id)->gridCode, gridCode);
        dock->violationFilter()->setCurrentIndex(0);

        // The staffing map: that grid red in a real render, and counted in the legend.
        module->mapAction()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(module->theme()->isReady(), 20000);
        QTRY_COMPARE(module->theme()->classOf(gridCode), QStringLiteral("no_manager"));
        QVERIFY(QgsProject::instance()->mapLayer(module->theme()->layer()->id()));
        QVERIFY2(share(module->theme(), session->layers(), grid, StaffingState::NoManager) > 0.8, "not red");
        auto *legend = dock->findChild<QLabel *>(QStringLiteral("staffLegend"));
        QVERIFY2(legend->text().contains(QStringLiteral("No grid manager&nbsp;(1)")), qPrintable(legend->text()));

        // The form: a bad phone is refused in the form and nothing is written; then a manager is saved.
        const int before = session->store().staffMembers(true).size();
        QString refusal;
        module->setDialogHook([&](StaffDialog &d) {
            d.ui().nameEdit->setText(QStringLiteral("王建国"));
            d.ui().phoneEdit->setText(QStringLiteral("123"));
            d.ui().roleCombo->setCurrentIndex(d.ui().roleCombo->findData(QStringLiteral("manager")));
            d.ui().gridCombo->setCurrentIndex(d.ui().gridCombo->findData(gridCode));
            d.ui().buttonBox->button(QDialogButtonBox::Save)->click();
            refusal = d.errorText();
            if (d.result() == QDialog::Accepted)
                return false;
            d.ui().phoneEdit->setText(QStringLiteral("138 1234 5678"));
            return true;
        });
        module->addAction()->trigger();
        QVERIFY2(refusal.contains(QStringLiteral("phone")), qPrintable(refusal));
        QCOMPARE(session->store().staffMembers(true).size(), before + 1);
        const qint64 added = dock->selectedId();
        const std::optional<StaffMember> saved = session->store().staffMember(added);
        QVERIFY(saved);
        QCOMPARE(saved->name, QStringLiteral("王建国"));
        QCOMPARE(saved->role, StaffRole::Manager);
        QCOMPARE(saved->phone, QStringLiteral("138****5678"));

        // The grid now keeps to the rule: green on the map, off the list of breaches.
        QTRY_COMPARE(module->theme()->classOf(gridCode), QStringLiteral("ok"));
        QVERIFY2(share(module->theme(), session->layers(), grid, StaffingState::Ok) > 0.8, "not green");
        QCOMPARE(dock->violationTable()->model()->rowCount(), 2);

        // Another console retires the new manager: the change feed brings it back.
        {
            auto other = GpkgStore::open(path);
            other->retireStaffMember(added, QDate::currentDate());
        }
        QTRY_COMPARE_WITH_TIMEOUT(module->theme()->classOf(gridCode), QStringLiteral("no_manager"), 15000);
        QVERIFY2(share(module->theme(), session->layers(), grid, StaffingState::NoManager) > 0.8, "not red again");
        QCOMPARE(dock->violationTable()->model()->rowCount(), 3);

        module->mapAction()->setChecked(false);
        QVERIFY(!QgsProject::instance()->mapLayer(module->theme()->layer()->id()));
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestStaffing, griddesk::app::initResources)
#include "test_staffing.moc"
