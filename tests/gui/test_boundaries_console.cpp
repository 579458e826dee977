// Boundaries in the console: File → Import Boundaries… and Export
// Boundaries… on the demo township. The import dialog offers the file's own
// fields (after the encoding of a GBK Shapefile without .cpg is chosen),
// imports on a worker thread, lists the topology problems a planted overlap
// brings and writes only when an administrator gives a justification; the
// export dialog writes a file that reads back. A leader gets no import.
#include "AppResources.h"
#include "BoundaryExportDialog.h"
#include "BoundaryFiles.h"
#include "BoundaryImportDialog.h"
#include "BoundaryModule.h"
#include "ConsoleSession.h"
#include "CrsBox.h"
#include "Language.h"
#include "MainWindow.h"
#include "QgisTestMain.h"
#include "Store.h"
#include "TestDemo.h"
#include "boundaries/BoundaryReader.h"
#include "boundaries/BoundaryWriter.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>

#include <qgsmapcanvas.h>

using namespace griddesk;
using namespace griddesk::app;

namespace {
const QString kCommunity = QString::fromLatin1(test::kNewCommunity);
}

class TestBoundariesConsole : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;

    BoundaryModule *module() const { return m_window->findChild<BoundaryModule *>(); }

    // Runs the dialog's import (with a justification: anyway) and waits for it.
    static bool importNow(BoundaryImportDialog *d, const QString &justification = {})
    {
        if (justification.isEmpty()) {
            QTest::mouseClick(d->importButton(), Qt::LeftButton);
        } else {
            d->justificationEdit()->setText(justification);
            QTest::mouseClick(d->overrideButton(), Qt::LeftButton);
        }
        return QTest::qWaitFor([d] { return !d->isWorking() && d->importButton()->isEnabled(); }, 60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        language::install(QStringLiteral("en"));
        m_path = test::createDemo(m_dir);
        QString error;
        m_session = ConsoleSession::open(StoreOpener(StoreLocation::file(m_path)), &error);
        QVERIFY2(m_session, qPrintable(error));
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->resize(1600, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
    }

    void fileMenuHasBothActions()
    {
        QVERIFY(module());
        QMenu *file = m_window->findChild<QMenu *>(QStringLiteral("fileMenu"));
        QVERIFY(file);
        const QList<QAction *> actions = file->actions();
        const auto at = [&](const QString &name) {
            for (int i = 0; i < actions.size(); ++i)
                if (actions[i]->objectName() == name)
                    return i;
            return -1;
        };
        QVERIFY(at(QStringLiteral("actionImportBoundaries")) >= 0);
        QVERIFY(at(QStringLiteral("actionExportBoundaries")) >= 0);
        QVERIFY(at(QStringLiteral("actionExportBoundaries")) < at(QStringLiteral("actionQuit")));
        QVERIFY(module()->importAction()->isEnabled());
    }

    // QGIS sets SHAPE_ENCODING for the console's whole process: a .cpg is
    // still honoured when a Shapefile is read here.
    void cpgHonouredInTheConsole()
    {
        const QString path = m_dir.filePath(QStringLiteral("cpg936.shp"));
        QVERIFY(test::writeBoundaryFile(path, "ESRI Shapefile", 4549,
                                        {{kCommunity + QStringLiteral("001"), QStringLiteral("东风网格"), test::westGridGk(), {}}},
                                        {QStringLiteral("ENCODING=GBK")}, QStringLiteral("编码"), QStringLiteral("名称")));
        test::setCpg(path, "936");
        const boundaries::BoundaryReader::Inspection in = boundaries::BoundaryReader::inspect(path);
        QCOMPARE(in.codeField, QStringLiteral("编码"));
        QCOMPARE(in.cpg, QStringLiteral("936"));
        const boundaries::BoundarySet set = boundaries::BoundaryReader::read(path, {});
        QCOMPARE(set.features.first().unit.name, QStringLiteral("东风网格"));
    }

    // A community from GeoJSON, then its grids from a GBK Shapefile whose
    // encoding is chosen in the dialog, then an overlap refused until an
    // administrator's justification.
    void importThroughTheDialog()
    {
        const QString community = m_dir.filePath(QStringLiteral("community.geojson"));
        QVERIFY(test::writeBoundaryFile(community, "GeoJSON", 4326,
                                        {{kCommunity, QStringLiteral("新城社区"), test::newCommunityWgs84(), {}}}));
        module()->importAction()->trigger();
        BoundaryImportDialog *d = module()->importDialog();
        QVERIFY(d && d->isVisible());
        d->setFile(community);
        QCOMPARE(d->codeFieldBox()->currentText(), QStringLiteral("code"));
        QCOMPARE(d->nameFieldBox()->currentText(), QStringLiteral("name"));
        QVERIFY(!d->encodingBox()->isEnabled()); // GeoJSON is UTF-8
        d->levelBox()->setCurrentIndex(d->levelBox()->findData(int(AdminLevel::Community)));
        QVERIFY(importNow(d));
        QVERIFY2(d->statusLabel()->text().contains(QStringLiteral("1 units added")), qPrintable(d->statusLabel()->text()));

        const QString grids = m_dir.filePath(QStringLiteral("grids.shp"));
        QVERIFY(test::writeBoundaryFile(grids, "ESRI Shapefile", 4549,
                                        {{kCommunity + QStringLiteral("001"), QStringLiteral("东风网格"), test::westGridGk(), {}},
                                         {kCommunity + QStringLiteral("002"), QStringLiteral("西湖网格"), test::eastGridGk(), {}}},
                                        {QStringLiteral("ENCODING=GBK")}, QStringLiteral("编码"), QStringLiteral("名称")));
        test::setCpg(grids, {});
        d->setFile(grids);
        QVERIFY(d->encodingBox()->isEnabled());
        QVERIFY2(d->findChild<QLabel *>(QStringLiteral("boundaryFileCrsLabel"))->text().contains(QStringLiteral("EPSG:4549")),
                 "the file's CRS is not shown");
        QVERIFY(d->codeFieldBox()->findText(QStringLiteral("编码")) < 0); // still GBK bytes
        d->encodingBox()->setCurrentIndex(d->encodingBox()->findData(QStringLiteral("GBK")));
        Q_EMIT d->encodingBox()->activated(d->encodingBox()->currentIndex());
        QCOMPARE(d->codeFieldBox()->currentText(), QStringLiteral("编码"));
        QCOMPARE(d->nameFieldBox()->currentText(), QStringLiteral("名称"));
        d->levelBox()->setCurrentIndex(d->levelBox()->findData(int(AdminLevel::Grid)));
        QVERIFY(importNow(d));
        QVERIFY2(d->statusLabel()->text().contains(QStringLiteral("2 units added")), qPrintable(d->statusLabel()->text()));
        QCOMPARE(m_session->store().adminUnit(kCommunity + QStringLiteral("001"))->name, QStringLiteral("东风网格"));

        const QString overlap = m_dir.filePath(QStringLiteral("overlap.geojson"));
        QVERIFY(test::writeBoundaryFile(overlap, "GeoJSON", 4326,
                                        {{kCommunity + QStringLiteral("003"), QStringLiteral("重叠网格"),
                                          test::overlappingGridWgs84(), {}}}));
        d->setFile(overlap);
        QVERIFY(importNow(d));
        QCOMPARE(d->problemTable()->rowCount(), 2);
        QVERIFY(d->problemTable()->isVisible());
        QVERIFY(d->problemTable()->item(0, 2)->text().contains(kCommunity + QStringLiteral("003")));
        QVERIFY(d->justificationEdit()->isVisible());
        QVERIFY(!d->overrideButton()->isEnabled()); // not without a justification
        QVERIFY(!m_session->store().adminUnit(kCommunity + QStringLiteral("003")));
        QVERIFY(importNow(d, QStringLiteral("agreed with the community committee")));
        QVERIFY2(d->statusLabel()->text().contains(QStringLiteral("justification is recorded")),
                 qPrintable(d->statusLabel()->text()));
        QVERIFY(m_session->store().adminUnit(kCommunity + QStringLiteral("003")));
        d->close();
    }

    // The export dialog follows the suffix, keeps GeoJSON in WGS84 and
    // writes a file that reads back with every grid.
    void exportThroughTheDialog()
    {
        module()->exportAction()->trigger();
        BoundaryExportDialog *d = module()->exportDialog();
        QVERIFY(d && d->isVisible());
        const QString path = m_dir.filePath(QStringLiteral("grids_out.geojson"));
        d->setFile(path);
        QCOMPARE(d->formatBox()->currentData().toInt(), int(boundaries::BoundaryWriter::Format::GeoJson));
        QCOMPARE(d->crsBox()->epsg(), 4326);
        QVERIFY(!d->crsBox()->isEnabled());
        QVERIFY(!d->encodingBox()->isEnabled());
        QTest::mouseClick(d->exportButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([d] { return !d->isWorking() && d->exportButton()->isEnabled(); }, 60000));
        const int grids = int(m_session->store().unitsWithBoundary(int(AdminLevel::Grid)).size());
        QVERIFY2(d->statusLabel()->text().contains(QStringLiteral("%1 boundaries written").arg(grids)),
                 qPrintable(d->statusLabel()->text()));
        boundaries::BoundaryReadOptions options;
        QCOMPARE(int(boundaries::BoundaryReader::read(path, options).features.size()), grids);
        // A GBK Shapefile in a zone: its text is GBK under its .cpg, as the names read back show.
        d->formatBox()->setCurrentIndex(d->formatBox()->findData(int(boundaries::BoundaryWriter::Format::Shapefile)));
        QVERIFY(d->fileEdit()->text().endsWith(QStringLiteral("grids_out.shp")));
        QVERIFY(d->crsBox()->isEnabled() && d->encodingBox()->isEnabled());
        d->crsBox()->setEpsg(4528);
        d->encodingBox()->setCurrentText(QStringLiteral("GBK"));
        QTest::mouseClick(d->exportButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([d] { return !d->isWorking() && d->exportButton()->isEnabled(); }, 60000));
        const boundaries::BoundarySet shp = boundaries::BoundaryReader::read(m_dir.filePath(QStringLiteral("grids_out.shp")), options);
        QCOMPARE(shp.sourceEpsg, 4528);
        QCOMPARE(shp.encoding, QStringLiteral("GBK"));
        for (const boundaries::BoundaryFeature &f : shp.features)
            QCOMPARE(f.unit.name, m_session->store().adminUnit(f.unit.code)->name);
        d->close();
    }

    void aLeaderGetsNoImport()
    {
        // The leader's console instead of the centre's: one console per program.
        m_window.reset();
        m_session.reset();
        UserAccount leader;
        leader.username = QStringLiteral("leader");
        leader.role = Role::Leader;
        leader.scopeCode = QStringLiteral("371102002000");
        QString error;
        auto session = ConsoleSession::open(StoreOpener(StoreLocation::file(m_path), leader), &error);
        QVERIFY2(session, qPrintable(error));
        MainWindow w(*session);
        auto *m = w.findChild<BoundaryModule *>();
        QVERIFY(m);
        QVERIFY(!m->importAction());
        QVERIFY(!w.findChild<QAction *>(QStringLiteral("actionImportBoundaries")));
        QVERIFY(w.findChild<QAction *>(QStringLiteral("actionExportBoundaries")));
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestBoundariesConsole, griddesk::app::initResources)
#include "test_boundaries_console.moc"
