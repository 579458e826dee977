// Register files in and out through the console's dialogs, on the demo
// township (a file, and the server in the _pg variant), as the township's
// centre staff: a GBK CSV imported through the import dialog (its encoding
// detected, its fields mapped by name with one remapped by hand, the
// validation report listing exactly the planted bad rows, the valid rows
// only with the rest in a GBK error file), the mapping remembered for the
// next file with the same fields, a cancelled import writing nothing, a grid
// worker's import kept to their grid, and a filtered list exported to XLSX
// and read back with personal data masked. Both live in the Registers menu
// and on each register's list (import preset to the list's register, export
// following its filter); the file's header is read on a worker thread; an
// import refreshes the open lists and the map's register layers; an export
// shows its progress, and a stopped one leaves no file and no audit entry.
#include "AppResources.h"
#include "ConsoleSignIn.h"
#include "FieldMappingPage.h"
#include "ImportFilePage.h"
#include "ImportReportPage.h"
#include "Language.h"
#include "MainWindow.h"
#include "PersonalData.h"
#include "QgisTestMain.h"
#include "RegisterExportDialog.h"
#include "RegisterFiles.h"
#include "RegisterImportDialog.h"
#include "RegisterImportRunner.h"
#include "RegisterDock.h"
#include "RegisterExport.h"
#include "RegisterLayers.h"
#include "RegisterTableModel.h"
#include "RegisterTransferModule.h"
#include "RegistersModule.h"
#include "Store.h"
#include "TestBackend.h"
#include "TestPeople.h"
#include "tables/TableSource.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

#include <qgsmapcanvas.h>
#include <qgsvectorlayer.h>

using namespace griddesk;
using namespace griddesk::app;

namespace {

const QString kPassword = QStringLiteral("Grid-desk 2026 pw");
// A point of the demo's first grid (林海社区第1网格), EPSG:4490.
constexpr double kLon = 119.4995, kLat = 35.3925;
// Not a region the demo's people come from: no clash with its residents.
const QString kRegion = QStringLiteral("371103");
// 居所 is no name GridDesk knows for the address: it is mapped by hand.
const QString kHeader = QStringLiteral("姓名,身份证,人口类型,手机,经度,纬度,居所");

QString row(const QString &name, const QString &id, const QString &type = QStringLiteral("户籍"), double lon = kLon,
            double lat = kLat)
{
    return QStringLiteral("%1,%2,%3,13905331234,%4,%5,%6路 8 号")
        .arg(name, id, type)
        .arg(lon, 0, 'f', 6)
        .arg(lat, 0, 'f', 6)
        .arg(name);
}

QString id(int year, int month, int day, int sequence)
{
    return test::idNumber(QDate(year, month, day), sequence, kRegion);
}

// Clicks Stop (while it shows) the first time `sender` reports rows done; `clicked` says it did.
template <typename Sender, typename Signal>
QMetaObject::Connection stopAtFirstRows(Sender *sender, Signal signal, QPushButton *stop, bool *clicked)
{
    return QObject::connect(sender, signal, stop, [stop, clicked](qint64 done, qint64) {
        if (done <= 0 || *clicked)
            return;
        *clicked = stop->isVisible();
        QTest::mouseClick(stop, Qt::LeftButton);
    });
}

} // namespace

class TestRegisterTransfer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::TestBackend m_backend;
    QString m_suffix;
    test::TestPlaces m_places;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    RegisterTransferModule *module() const { return m_window->findChild<RegisterTransferModule *>(); }
    RegistersModule *registers() const { return m_window->findChild<RegistersModule *>(); }
    int exportsAudited() const
    {
        int n = 0;
        for (const AuditEntry &e : m_backend.open()->auditEntries())
            n += e.action == QLatin1String("export") ? 1 : 0;
        return n;
    }
    qint64 residents() const { return m_backend.open()->registerCount(RegisterKind::Residents); }
    qint64 residentsNamed(const QString &text) const
    {
        RegisterQuery q;
        q.text = text;
        return m_backend.open()->registerCount(RegisterKind::Residents, q);
    }

    static bool waitIdle(RegisterImportDialog *d)
    {
        return QTest::qWaitFor([d] { return !d->isWorking(); }, 120000);
    }

    // Reads a file on the first page: on a worker thread, the page busy and
    // Next refused until its fields are known.
    static bool read(RegisterImportDialog *d, const QString &file)
    {
        QSignalSpy done(d->filePage(), &ImportFilePage::fileRead);
        d->filePage()->setFile(file);
        if (!d->filePage()->isReading() || d->nextButton()->isEnabled() || d->toMapping())
            return false;
        return done.wait(60000) && done.last().at(0).toBool() && !d->filePage()->isReading();
    }

    // The dialog from the menu, on its first page with the file read.
    RegisterImportDialog *openWith(const QString &file)
    {
        module()->importAction()->trigger();
        RegisterImportDialog *d = module()->importDialog();
        if (!d || !d->isVisible() || d->step() != 0)
            return nullptr;
        return read(d, file) ? d : nullptr;
    }

    // To the report: the mapping page's Next, then the check.
    static bool check(RegisterImportDialog *d)
    {
        QTest::mouseClick(d->nextButton(), Qt::LeftButton);
        return d->step() == 2 && waitIdle(d);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        language::install(QStringLiteral("en"));
        qInfo("backend: %s", qPrintable(test::TestBackend::name()));
        m_backend.createDemo(m_dir);
        m_suffix = QStringLiteral("_x%1").arg(QCoreApplication::applicationPid());
        auto owner = m_backend.open();
        m_places = test::TestPlaces::of(*owner);
        QVERIFY(owner->gridAt(GeoPoint{kLon, kLat}).has_value());
        test::addPeople(*owner,
                        {{"centre", Role::CentreStaff, m_places.township, {}, true},
                         {"worker", Role::GridWorker, m_places.gridB.code, {}, false}},
                        m_suffix, kPassword);
        m_session = test::consoleSessionOf(m_backend, QStringLiteral("centre") + m_suffix, kPassword);
        QVERIFY(m_session);
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

    void actionsAreThere()
    {
        QVERIFY(module());
        QVERIFY(module()->importAction()->isEnabled());
        QCOMPARE(module()->importAction()->objectName(), QStringLiteral("actionImportRegister"));
        QCOMPARE(module()->exportAction()->objectName(), QStringLiteral("actionExportRegister"));
        // In the Registers menu, after the lists; no longer under File.
        QMenu *menu = m_window->findChild<QMenu *>(QStringLiteral("registersMenu"));
        QMenu *file = m_window->findChild<QMenu *>(QStringLiteral("fileMenu"));
        QVERIFY(menu && file);
        QVERIFY(menu->actions().contains(module()->importAction()));
        QVERIFY(menu->actions().contains(module()->exportAction()));
        QVERIFY(!file->actions().contains(module()->importAction()));
        QVERIFY(!file->actions().contains(module()->exportAction()));
        QVERIFY(menu->actions().indexOf(module()->importAction())
                > menu->actions().indexOf(registers()->openAction(RegisterKind::WorkLog)));
    }

    // Each list's Import… opens the import dialog on its register, and
    // Export… the export dialog on its register.
    void eachListImportsAndExportsItsRegister()
    {
        for (RegisterKind kind : RegistersModule::listedKinds()) {
            registers()->openRegister(kind);
            RegisterDock *dock = registers()->dock(kind);
            QVERIFY(dock->importButton()->isVisibleTo(dock));
            QVERIFY(dock->exportButton()->isVisibleTo(dock));
            QTest::mouseClick(dock->importButton(), Qt::LeftButton);
            RegisterImportDialog *in = module()->importDialog();
            QVERIFY(in && in->isVisible());
            QCOMPARE(in->filePage()->kind(), kind);
            QCOMPARE(in->step(), 0);
            in->close();
            QTest::mouseClick(dock->exportButton(), Qt::LeftButton);
            RegisterExportDialog *out = module()->exportDialog();
            QVERIFY(out && out->isVisible());
            QCOMPARE(out->kind(), kind);
            QCOMPARE(out->filterLabel()->text(), QStringLiteral("All in your area"));
            out->close();
            dock->hide();
        }
    }

    // A big CSV's header (and, for its encoding and rows, the whole file) is
    // read on a worker thread: the page shows it is busy and goes on once read.
    void theFileIsReadOffTheGuiThread()
    {
        QStringList rows;
        for (int i = 0; i < 30000; ++i)
            rows << row(QStringLiteral("读取%1").arg(i), test::idNumber(QDate(1960, 1, 1).addDays(i / 900), i % 900 + 100, kRegion));
        const QString file = path(QStringLiteral("big.csv"));
        QVERIFY(test::writeFile(file, test::toGbk(test::csv(kHeader, rows))));
        module()->importAction()->trigger();
        RegisterImportDialog *d = module()->importDialog();
        QVERIFY(d);
        QSignalSpy done(d->filePage(), &ImportFilePage::fileRead);
        d->filePage()->setFile(file);
        // Back on the GUI thread at once, with the page busy and nothing to go on with yet.
        QVERIFY(d->filePage()->isReading());
        QVERIFY(d->filePage()->busyBar()->isVisibleTo(d));
        QVERIFY(d->filePage()->fields().isEmpty());
        QVERIFY(!d->nextButton()->isEnabled());
        QVERIFY(!d->toMapping());
        QCOMPARE(d->step(), 0);
        QVERIFY(done.wait(60000));
        QVERIFY(done.last().at(0).toBool());
        QVERIFY(!d->filePage()->isReading());
        QVERIFY(!d->filePage()->busyBar()->isVisibleTo(d));
        QCOMPARE(d->filePage()->rowCount(), qint64(30000));
        QVERIFY2(d->filePage()->aboutLabel()->text().contains(QStringLiteral("GB18030 (detected)")),
                 qPrintable(d->filePage()->aboutLabel()->text()));
        QVERIFY(d->nextButton()->isEnabled());
        // A file that is no table: the reason, and no Next.
        const QString text = path(QStringLiteral("notes.txt"));
        QVERIFY(test::writeFile(text, QByteArray("not a table")));
        d->filePage()->setFile(text);
        QVERIFY(!d->filePage()->isReading());
        QVERIFY(!d->filePage()->aboutLabel()->text().isEmpty());
        QVERIFY(!d->nextButton()->isEnabled());
        d->close();
    }

    // A GBK CSV: the report lists exactly the planted rows, nothing is
    // written until asked, and the valid rows go in with the rest in a GBK
    // error file.
    void importGbkCsvValidRowsOnly()
    {
        const QString twice = id(2001, 1, 1, 555);
        const QStringList rows = {
            row(QStringLiteral("甲一"), id(1990, 1, 1, 1)),                                              // 1 good
            row(QStringLiteral("乙二"), test::wrongCheck(id(1990, 1, 2, 2))),                            // 2 check character
            row(QStringLiteral("丙三"), kRegion + QStringLiteral("199102290013")),                        // 3 29 February 1991
            row(QStringLiteral("丁四"), id(1990, 1, 4, 4), QStringLiteral("户籍"), 100.0, 30.0),          // 4 outside every grid
            row(QStringLiteral("戊五"), twice),                                                          // 5 good
            row(QStringLiteral("己六"), twice),                                                          // 6 repeats row 5
            row(QStringLiteral("庚七"), id(1990, 1, 7, 7), QStringLiteral("流动")),                       // 7 good
        };
        const QString file = path(QStringLiteral("第一批.csv"));
        QVERIFY(test::writeFile(file, test::toGbk(test::csv(kHeader, rows))));
        const qint64 before = residents();

        RegisterImportDialog *d = openWith(file);
        QVERIFY(d);
        QVERIFY2(d->filePage()->aboutLabel()->text().contains(QStringLiteral("GB18030 (detected)")),
                 qPrintable(d->filePage()->aboutLabel()->text()));
        QVERIFY(d->filePage()->encodingBox()->isEnabled());
        QCOMPARE(d->filePage()->xFieldBox()->currentText(), QStringLiteral("经度"));
        QCOMPARE(d->filePage()->yFieldBox()->currentText(), QStringLiteral("纬度"));
        QVERIFY(!d->filePage()->layerBox()->isEnabled());
        QTest::mouseClick(d->nextButton(), Qt::LeftButton);
        QCOMPARE(d->step(), 1);

        // Guessed by name; the address is not, and is chosen by hand.
        FieldMappingPage *m = d->mappingPage();
        QCOMPARE(m->fieldBox(QStringLiteral("name"))->currentText(), QStringLiteral("姓名"));
        QCOMPARE(m->fieldBox(QStringLiteral("id_number"))->currentText(), QStringLiteral("身份证"));
        QCOMPARE(m->fieldBox(QStringLiteral("phone"))->currentText(), QStringLiteral("手机"));
        QCOMPARE(m->fieldBox(QStringLiteral("address"))->currentData().toString(), QString());
        m->fieldBox(QStringLiteral("address"))->setCurrentIndex(m->fieldBox(QStringLiteral("address"))->findData(QStringLiteral("居所")));
        // A needed field left out is refused, naming it.
        QComboBox *name = m->fieldBox(QStringLiteral("name"));
        name->setCurrentIndex(0);
        QTest::mouseClick(d->nextButton(), Qt::LeftButton);
        QCOMPARE(d->step(), 1);
        QVERIFY2(m->problemLabel()->text().contains(QStringLiteral("Name (姓名) is needed")), qPrintable(m->problemLabel()->text()));
        name->setCurrentIndex(name->findData(QStringLiteral("姓名")));

        QVERIFY(check(d));
        QCOMPARE(residents(), before); // a check writes nothing
        QTableWidget *t = d->reportPage()->problemTable();
        QStringList listed;
        for (int r = 0; r < t->rowCount(); ++r)
            listed << QStringLiteral("%1|%2|%3").arg(t->item(r, 0)->text(), t->item(r, 1)->text(),
                                                     r == 2 ? QString() : t->item(r, 2)->text());
        const auto masked = [](const QString &id) { return personaldata::maskIdNumber(id); };
        QCOMPARE(listed, (QStringList{QStringLiteral("2|ID number|") + masked(test::wrongCheck(id(1990, 1, 2, 2))),
                                      QStringLiteral("3|ID number|") + masked(kRegion + QStringLiteral("199102290013")),
                                      QStringLiteral("4|Grid|"),
                                      QStringLiteral("6|ID number|") + masked(twice)}));
        QVERIFY2(t->item(0, 3)->text().contains(QStringLiteral("check")), qPrintable(t->item(0, 3)->text()));
        QVERIFY2(t->item(1, 3)->text().contains(QStringLiteral("1991-02-29")), qPrintable(t->item(1, 3)->text()));
        QVERIFY2(t->item(2, 3)->text().contains(QStringLiteral("lies outside")), qPrintable(t->item(2, 3)->text()));
        QVERIFY2(t->item(2, 2)->text().contains(QStringLiteral("100")), qPrintable(t->item(2, 2)->text()));
        QVERIFY2(t->item(3, 3)->text().contains(QStringLiteral("5")), qPrintable(t->item(3, 3)->text()));
        QCOMPARE(d->reportPage()->countsLabel()->text(), QStringLiteral("7 rows read: 3 valid, 4 with problems."));
        QVERIFY(!d->importAllButton()->isEnabled());
        QVERIFY(d->importValidButton()->isEnabled());

        // The residents list is open, and the map's registers are there.
        registers()->openRegister(RegisterKind::Residents);
        RegisterDock *list = registers()->dock(RegisterKind::Residents);
        QTRY_VERIFY_WITH_TIMEOUT(!registers()->isLoading(RegisterKind::Residents), 20000);
        QCOMPARE(list->model()->total(), before);
        QgsVectorLayer *houses = registers()->layers()->layer(RegisterKind::Houses);
        QVERIFY(houses);
        QSignalSpy redrawn(houses, &QgsMapLayer::repaintRequested);

        QSignalSpy imported(module(), &RegisterTransferModule::imported);
        QTest::mouseClick(d->importValidButton(), Qt::LeftButton);
        QVERIFY(waitIdle(d));
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported.first().at(1).toLongLong(), qint64(3));
        QCOMPARE(residents(), before + 3);
        // The import's batch row in the change feed stands for the register:
        // the open list reads again, and the map's register layers redraw.
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->total(), before + 3, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(redrawn.size() > 0, 20000);
        list->hide();
        QCOMPARE(residentsNamed(QStringLiteral("庚七")), qint64(1));
        QCOMPARE(residentsNamed(QStringLiteral("乙二")), qint64(0));
        // The hand-mapped address is stored.
        RegisterQuery q;
        q.text = QStringLiteral("甲一");
        const QVector<RegisterRecord> found = m_backend.open()->registerRecords(RegisterKind::Residents, q);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().text(QStringLiteral("address")), QStringLiteral("甲一路 8 号"));
        QCOMPARE(found.first().text(QStringLiteral("resident_type")), QStringLiteral("registered"));

        const QString errorFile = path(QStringLiteral("第一批.errors.csv"));
        QCOMPARE(d->lastReport().errorFile, errorFile);
        QVERIFY(d->reportPage()->errorFileLabel()->isVisibleTo(d));
        QVERIFY(d->reportPage()->openFolderButton()->isVisibleTo(d));
        QVERIFY(d->reportPage()->errorFileLabel()->text().contains(QDir::toNativeSeparators(errorFile)));
        tables::TableSource errors = tables::TableSource::open(errorFile);
        QCOMPARE(errors.encoding(), QStringLiteral("GB18030"));
        tables::TableRow r;
        QStringList names;
        while (errors.next(r))
            names << r.values.first().toString();
        QCOMPARE(names, (QStringList{"乙二", "丙三", "丁四", "己六"}));
    }

    // The next file from the same source (the same fields, in another order)
    // is mapped as the last one was, the hand-made choice included; all its
    // rows are valid, so all are imported.
    void theMappingIsRememberedPerSource()
    {
        const QString header = QStringLiteral("居所,姓名,身份证,人口类型,手机,经度,纬度");
        const auto reordered = [](const QString &r) {
            QStringList cells = r.split(QLatin1Char(','));
            cells.prepend(cells.takeLast());
            return cells.join(QLatin1Char(','));
        };
        const QString file = path(QStringLiteral("第二批.csv"));
        QVERIFY(test::writeFile(file, test::toGbk(test::csv(header, {reordered(row(QStringLiteral("辛八"), id(1980, 5, 8, 8))),
                                                                      reordered(row(QStringLiteral("壬九"), id(1981, 6, 9, 9)))}))));
        const qint64 before = residents();
        RegisterImportDialog *d = openWith(file);
        QVERIFY(d);
        QTest::mouseClick(d->nextButton(), Qt::LeftButton);
        FieldMappingPage *m = d->mappingPage();
        QCOMPARE(m->originLabel()->text(), QStringLiteral("The mapping used last time for files with these fields."));
        QCOMPARE(m->fieldBox(QStringLiteral("address"))->currentText(), QStringLiteral("居所"));
        // Saved and loaded as a mapping file too.
        const QString json = path(QStringLiteral("mapping.json"));
        QVERIFY(m->saveTo(json));
        m->fieldBox(QStringLiteral("address"))->setCurrentIndex(0);
        QVERIFY(m->loadFrom(json));
        QCOMPARE(m->fieldBox(QStringLiteral("address"))->currentText(), QStringLiteral("居所"));

        QVERIFY(check(d));
        QCOMPARE(d->reportPage()->problemTable()->rowCount(), 0);
        QVERIFY(d->importAllButton()->isEnabled());
        QVERIFY(!d->importValidButton()->isEnabled());
        QTest::mouseClick(d->importAllButton(), Qt::LeftButton);
        QVERIFY(waitIdle(d));
        QCOMPARE(residents(), before + 2);
        RegisterQuery q;
        q.text = QStringLiteral("壬九");
        const QVector<RegisterRecord> found = m_backend.open()->registerRecords(RegisterKind::Residents, q);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().text(QStringLiteral("address")), QStringLiteral("壬九路 8 号"));
        QVERIFY(!d->reportPage()->errorFileLabel()->isVisibleTo(d));
    }

    // Stop while the rows are written: nothing is, and the dialog says so.
    void aCancelledImportWritesNothing()
    {
        QStringList rows;
        for (int i = 0; i < 20000; ++i)
            rows << row(QStringLiteral("批量%1").arg(i), test::idNumber(QDate(1950, 1, 1).addDays(i / 900), i % 900 + 100, kRegion));
        const QString file = path(QStringLiteral("many.csv"));
        QVERIFY(test::writeFile(file, test::csv(kHeader, rows).toUtf8()));
        const qint64 before = residents();
        RegisterImportDialog *d = openWith(file);
        QVERIFY(d);
        QTest::mouseClick(d->nextButton(), Qt::LeftButton);
        QVERIFY(check(d));
        QVERIFY2(d->importAllButton()->isEnabled(), qPrintable(d->reportPage()->countsLabel()->text()));
        RegisterImportRunner *runner = d->findChild<RegisterImportRunner *>();
        QVERIFY(runner);
        // Stop as soon as the import says it has read rows.
        bool stopped = false;
        const QMetaObject::Connection c = stopAtFirstRows(runner, &RegisterImportRunner::progress, d->stopButton(), &stopped);
        QTest::mouseClick(d->importAllButton(), Qt::LeftButton);
        QVERIFY(waitIdle(d));
        disconnect(c);
        QVERIFY(stopped);
        QVERIFY(d->lastReport().cancelled);
        QVERIFY(!d->lastReport().written);
        QCOMPARE(d->reportPage()->statusLabel()->text(),
                 QStringLiteral("The import was cancelled: nothing was written, the register is as it was."));
        QCOMPARE(residents(), before);
        QCOMPARE(residentsNamed(QStringLiteral("批量")), qint64(0));
    }

    // The worker thread opens its store as the signed-in person: a grid
    // worker's rows outside their grid are refused.
    void aGridWorkersImportKeepsToTheirGrid()
    {
        // The worker's connections, beside the centre's console (one console per program).
        QString error;
        const std::optional<StoreOpener> worker = test::openerOf(m_backend, QStringLiteral("worker") + m_suffix, kPassword, &error);
        QVERIFY2(worker, qPrintable(error));
        const QString file = path(QStringLiteral("worker.csv"));
        QVERIFY(test::writeFile(file, test::csv(kHeader, {row(QStringLiteral("癸十"), id(1985, 3, 3, 33))}).toUtf8()));
        RegisterImportDialog d(*worker);
        QVERIFY(read(&d, file));
        QVERIFY(d.toMapping());
        QVERIFY(d.toReport());
        QVERIFY(waitIdle(&d));
        QTableWidget *t = d.reportPage()->problemTable();
        QCOMPARE(t->rowCount(), 1);
        QVERIFY2(t->item(0, 3)->text().contains(QStringLiteral("your area")),
                 qPrintable(t->item(0, 3)->text()));
        QVERIFY(!d.importAllButton()->isEnabled());
        QVERIFY(!d.importValidButton()->isEnabled());
    }

    // The list as filtered, from its Export…, to XLSX, read back: the rows
    // the filter keeps, their values, and personal data masked.
    void exportTheFilteredListToXlsx()
    {
        registers()->openRegister(RegisterKind::Residents);
        RegisterDock *list = registers()->dock(RegisterKind::Residents);
        list->searchEdit()->setText(QStringLiteral("路 8 号")); // the rows imported above, by their address
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->total(), qint64(5), 20000);
        const int audited = exportsAudited();
        QTest::mouseClick(list->exportButton(), Qt::LeftButton);
        RegisterExportDialog *d = module()->exportDialog();
        QVERIFY(d && d->isVisible());
        QCOMPARE(d->kind(), RegisterKind::Residents);
        QVERIFY2(d->filterLabel()->text().contains(QStringLiteral("search \"路 8 号\"")), qPrintable(d->filterLabel()->text()));
        d->formatBox()->setCurrentIndex(d->formatBox()->findData(int(tables::TableFormat::Xlsx)));
        QVERIFY(!d->encodingBox()->isEnabled());
        const QString file = path(QStringLiteral("residents.xlsx"));
        d->setFile(file);
        QSignalSpy exported(d, &RegisterExportDialog::exported);
        QTest::mouseClick(d->exportButton(), Qt::LeftButton);
        QVERIFY(d->stopButton()->isVisible());
        QVERIFY(exported.wait(60000));
        QCOMPARE(exported.first().at(1).toLongLong(), qint64(5));
        QVERIFY2(d->statusLabel()->text().startsWith(QStringLiteral("5 record(s) written")), qPrintable(d->statusLabel()->text()));
        QVERIFY(!d->stopButton()->isVisible());
        QCOMPARE(exportsAudited(), audited + 1);
        list->searchEdit()->clear();
        list->hide();

        tables::TableSource source = tables::TableSource::open(file);
        const QStringList fields = source.fields();
        const int nameAt = int(fields.indexOf(QStringLiteral("姓名")));
        const int idAt = int(fields.indexOf(QStringLiteral("公民身份号码")));
        const int phoneAt = int(fields.indexOf(QStringLiteral("联系电话")));
        const int addressAt = int(fields.indexOf(QStringLiteral("地址")));
        QVERIFY2(nameAt >= 0 && idAt >= 0 && phoneAt >= 0 && addressAt >= 0, qPrintable(fields.join(QLatin1Char(','))));
        QHash<QString, QStringList> byName;
        tables::TableRow r;
        while (source.next(r))
            byName.insert(r.values[nameAt].toString(),
                          {r.values[idAt].toString(), r.values[phoneAt].toString(), r.values[addressAt].toString()});
        QCOMPARE(byName.size(), 5);
        const QString full = id(1981, 6, 9, 9);
        QCOMPARE(byName.value(QStringLiteral("壬九")),
                 (QStringList{personaldata::maskIdNumber(full), QStringLiteral("139****1234"),
                              QStringLiteral("壬九路 8 号")}));
        for (const QStringList &values : qAsConst(byName)) {
            QVERIFY2(values[0].contains(QStringLiteral("**********")), qPrintable(values[0]));
            QCOMPARE(values[1], QStringLiteral("139****1234"));
        }
    }

    // A whole register with its progress on the bar, then stopped part-way:
    // no file and no audit entry for the stopped one.
    void anExportShowsProgressAndStops()
    {
        const qint64 all = residents();
        QVERIFY2(all > 2000, qPrintable(QString::number(all)));
        module()->openExportDialog(RegisterKind::Residents);
        RegisterExportDialog *d = module()->exportDialog();
        QVERIFY(d && d->isVisible());
        d->formatBox()->setCurrentIndex(d->formatBox()->findData(int(tables::TableFormat::GeoPackage)));
        const int audited = exportsAudited();
        const QString whole = path(QStringLiteral("all-residents.gpkg"));
        d->setFile(whole);
        QSignalSpy progress(d, &RegisterExportDialog::progress);
        QSignalSpy done(d, &RegisterExportDialog::done);
        QTest::mouseClick(d->exportButton(), Qt::LeftButton);
        QVERIFY(done.wait(120000));
        QVERIFY(QFileInfo::exists(whole));
        QVERIFY(progress.size() >= 2);
        QCOMPARE(progress.last().at(0).toLongLong(), all);
        QCOMPARE(progress.last().at(1).toLongLong(), all);
        for (const QList<QVariant> &p : qAsConst(progress))
            QVERIFY(p.at(0).toLongLong() <= p.at(1).toLongLong());
        QCOMPARE(exportsAudited(), audited + 1);

        const QString stopped = path(QStringLiteral("stopped.gpkg"));
        d->setFile(stopped);
        progress.clear();
        done.clear();
        bool clicked = false;
        const QMetaObject::Connection c = stopAtFirstRows(d, &RegisterExportDialog::progress, d->stopButton(), &clicked);
        QTest::mouseClick(d->exportButton(), Qt::LeftButton);
        QVERIFY(done.wait(120000));
        disconnect(c);
        QVERIFY(clicked);
        QCOMPARE(d->statusLabel()->text(),
                 QStringLiteral("The export was stopped: no file was written and nothing was recorded."));
        QVERIFY(!QFileInfo::exists(stopped));
        // Nor anything half-written beside it.
        const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("*stopped*")}, QDir::Files | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(','))));
        QCOMPARE(exportsAudited(), audited + 1);
        QVERIFY(d->exportButton()->isEnabled());
        d->close();
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestRegisterTransfer, griddesk::app::initResources)
#include "test_register_transfer.moc"
