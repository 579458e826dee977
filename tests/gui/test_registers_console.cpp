// The registers in the console, on a GeoPackage and on the server
// (GRIDDESK_TEST_BACKEND), each person under their own login: the residents
// dock lists what the store has (ID numbers masked), searches and filters;
// a resident added through the form is refused for a bad ID check character
// next to that field, then saved with the sex and birth date the number
// gives, and the count follows; a grid worker's console lists only their
// grid's people; the key persons dock keeps to "overdue visits only"; the
// disputes layer draws a dispute in its status colour in a real QGIS render,
// with its repeat ringed; and a dispute added by another client appears in
// the list and on the map through the change feed. The disputes and
// organisations layers, like the houses, stay off a whole-township view; the
// audit log reads a register's codes by their labels; and the database's
// owner adds a dispute's party by hand, also on a server.
#include "AppResources.h"
#include "AuditChangeFormatter.h"
#include "ConsoleLayers.h"
#include "ConsoleSession.h"
#include "CanvasMouse.h"
#include "ConsoleSignIn.h"
#include "KpiPeriod.h"
#include "Language.h"
#include "MainWindow.h"
#include "MapRenderProbe.h"
#include "PolygonOps.h"
#include "QgisTestMain.h"
#include "RegisterDock.h"
#include "RegisterForm.h"
#include "RegisterLayerStyle.h"
#include "RegisterLayers.h"
#include "RegisterTableModel.h"
#include "RegistersModule.h"
#include "StoreError.h"
#include "TestBackend.h"
#include "TestIds.h"
#include "TestPeople.h"

#include <QAction>
#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

#include <qgscoordinatetransform.h>
#include <qgsmapcanvas.h>
#include <qgslayertree.h>
#include <qgslegendsymbolitem.h>
#include <qgsrenderer.h>
#include <qgsvectorlayer.h>

using namespace griddesk;
using namespace griddesk::app;

// The lists are read on a worker thread: wait until a list shows its latest read.
#define SETTLE(module, kind) QTRY_VERIFY_WITH_TIMEOUT(!(module)->isLoading(kind), 20000)

namespace {
const QString kPassword = QStringLiteral("Registers-console 2026");

RegisterRecord resident(const QString &name, const QString &id, const QString &type, const QString &grid)
{
    RegisterRecord r = RegisterRecord::blank(RegisterKind::Residents);
    r.set(QStringLiteral("name"), name);
    r.set(QStringLiteral("id_number"), id);
    r.set(QStringLiteral("resident_type"), type);
    r.gridCode = grid;
    return r;
}

RegisterRecord keyPerson(const QString &name, const QString &id, const QDate &due, const QString &grid)
{
    RegisterRecord r = RegisterRecord::blank(RegisterKind::KeyPersons);
    r.set(QStringLiteral("name"), name);
    r.set(QStringLiteral("id_number"), id);
    r.set(QStringLiteral("person_kind"), QStringLiteral("released_prisoner"));
    r.set(QStringLiteral("risk_level"), QStringLiteral("high"));
    r.set(QStringLiteral("responsible"), QStringLiteral("王网格"));
    r.set(QStringLiteral("next_visit_due"), due);
    r.gridCode = grid;
    return r;
}

RegisterRecord dispute(const QString &ledger, const QString &status, const GeoPoint &at)
{
    RegisterRecord r = RegisterRecord::blank(RegisterKind::Disputes);
    r.set(QStringLiteral("ledger_no"), ledger);
    r.set(QStringLiteral("title"), QStringLiteral("楼上漏水引发邻里纠纷"));
    r.set(QStringLiteral("dispute_type"), QStringLiteral("neighbourhood"));
    r.set(QStringLiteral("occurred_on"), QDate::currentDate().addDays(-3));
    r.set(QStringLiteral("status"), status);
    r.location = at;
    return r;
}

// The ids a dock lists now, every page read.
QVector<qint64> listed(RegisterDock *dock)
{
    RegisterTableModel *m = dock->model();
    while (m->canFetchMore({}))
        m->fetchMore({});
    QVector<qint64> ids;
    for (int r = 0; r < m->rowCount(); ++r)
        ids << m->record(r).id;
    return ids;
}

qint64 featureCount(QgsVectorLayer *layer)
{
    layer->dataProvider()->reloadData();
    qint64 n = 0;
    QgsFeature f;
    QgsFeatureIterator it = layer->getFeatures();
    while (it.nextFeature(f))
        ++n;
    return n;
}
} // namespace

class TestRegistersConsole : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::TestBackend m_backend;
    test::TestPlaces m_places;
    QString m_suffix;
    GeoPoint m_disputeAt;
    qint64 m_overdueId = 0;
    qint64 m_dueLaterId = 0;

    QString login(const char *name) const { return QString::fromLatin1(name) + m_suffix; }
    std::unique_ptr<ConsoleSession> sessionOf(const char *name)
    {
        return test::consoleSessionOf(m_backend, login(name), kPassword);
    }
    static RegistersModule *moduleOf(MainWindow &w)
    {
        auto *module = w.findChild<RegistersModule *>();
        return module;
    }

private Q_SLOTS:
    void initTestCase()
    {
        language::install(QStringLiteral("en"));
        qInfo("backend: %s", qPrintable(test::TestBackend::name()));
        m_backend.createDemo(m_dir);
        m_suffix = QStringLiteral("_r%1").arg(QCoreApplication::applicationPid());
        auto owner = m_backend.open();
        m_places = test::TestPlaces::of(*owner);
        test::addPeople(*owner,
                        {{"centre", Role::CentreStaff, m_places.township, {}, true},
                         {"workera", Role::GridWorker, m_places.gridA.code, {}},
                         {"workerb", Role::GridWorker, m_places.gridB.code, {}}},
                        m_suffix, kPassword);
        const QDate born(1986, 4, 12);
        owner->addRegisterRecord(resident(QStringLiteral("张三丰"), test::idNumber(born, 11), QStringLiteral("registered"), m_places.gridA.code));
        owner->addRegisterRecord(resident(QStringLiteral("赵敏"), test::idNumber(born, 12), QStringLiteral("floating"), m_places.gridA.code));
        owner->addRegisterRecord(resident(QStringLiteral("周芷若"), test::idNumber(born, 14), QStringLiteral("registered"), m_places.gridA.code));
        owner->addRegisterRecord(resident(QStringLiteral("宋青书"), test::idNumber(born, 15), QStringLiteral("floating"), m_places.gridB.code));
        owner->addRegisterRecord(resident(QStringLiteral("殷离"), test::idNumber(born, 16), QStringLiteral("foreign"), m_places.gridB.code));
        const QDate today = QDate::currentDate();
        m_overdueId = owner->addRegisterRecord(keyPerson(QStringLiteral("韦一笑"), test::idNumber(QDate(1979, 1, 3), 21), today.addDays(-12), m_places.gridA.code)).id;
        m_dueLaterId = owner->addRegisterRecord(keyPerson(QStringLiteral("杨逍"), test::idNumber(QDate(1975, 6, 8), 23), today.addDays(20), m_places.gridA.code)).id;
        // Two disputes at the same place: the second repeats the first.
        m_disputeAt = polygon::centroid(m_places.gridA.geometry);
        owner->addRegisterRecord(dispute(QStringLiteral("RG-2026-001"), QStringLiteral("resolved"), m_disputeAt));
        owner->addRegisterRecord(dispute(QStringLiteral("RG-2026-002"), QStringLiteral("failed"), m_disputeAt));
        RegisterRecord party = RegisterRecord::blank(RegisterKind::DisputeParties);
        party.set(QStringLiteral("ledger_no"), QStringLiteral("RG-2026-001"));
        party.set(QStringLiteral("name"), QStringLiteral("灭绝师太"));
        party.set(QStringLiteral("party_role"), QStringLiteral("applicant"));
        // A party is added by a person who sees the dispute (on a server its check asks the login's scope).
        m_backend.openAs(login("centre"), kPassword)->addRegisterRecord(party);
        RegisterRecord house = RegisterRecord::blank(RegisterKind::Houses);
        house.set(QStringLiteral("house_no"), QStringLiteral("H-0001"));
        house.set(QStringLiteral("address"), QStringLiteral("海曲东路 18 号 3 号楼"));
        house.set(QStringLiteral("house_use"), QStringLiteral("residential"));
        house.set(QStringLiteral("rental_state"), QStringLiteral("rented"));
        house.location = m_disputeAt;
        owner->addRegisterRecord(house);
        RegisterRecord tenant = resident(QStringLiteral("小昭"), test::idNumber(QDate(2001, 2, 3), 32), QStringLiteral("floating"), QString());
        tenant.set(QStringLiteral("house_no"), QStringLiteral("H-0001"));
        owner->addRegisterRecord(tenant);
        RegisterRecord org = RegisterRecord::blank(RegisterKind::Organisations);
        org.set(QStringLiteral("name"), QStringLiteral("日照海曲物业服务有限公司"));
        org.set(QStringLiteral("org_type"), QStringLiteral("property_company"));
        org.set(QStringLiteral("address"), QStringLiteral("海曲东路 18 号"));
        org.location = m_disputeAt;
        owner->addRegisterRecord(org);
        RegisterRecord log = RegisterRecord::blank(RegisterKind::WorkLog);
        log.set(QStringLiteral("worked_on"), QDate::currentDate());
        log.set(QStringLiteral("worker"), QStringLiteral("王网格"));
        log.set(QStringLiteral("activity"), QStringLiteral("legal_education"));
        log.set(QStringLiteral("subject"), QStringLiteral("反诈宣传进小区"));
        log.set(QStringLiteral("people_reached"), 40);
        log.gridCode = m_places.gridA.code;
        owner->addRegisterRecord(log);
    }

    void residentsDockSearchesFiltersAndAdds()
    {
        auto session = sessionOf("centre");
        QVERIFY(session);
        MainWindow w(*session);
        RegistersModule *module = moduleOf(w);
        QVERIFY(module);
        QVERIFY(w.findChild<QMenu *>(QStringLiteral("registersMenu")));
        QCOMPARE(RegistersModule::listedKinds().size(), 6);
        // A dispute's parties are kept in the dispute's form, not in a list of their own.
        QVERIFY(!module->dock(RegisterKind::DisputeParties));
        for (RegisterKind kind : RegistersModule::listedKinds()) {
            QVERIFY(!module->openAction(kind)->objectName().isEmpty());
            QCOMPARE(module->dock(kind)->objectName(), RegisterDock::objectNameFor(kind));
        }
        QVERIFY(!module->mapAction()->objectName().isEmpty());

        module->openAction(RegisterKind::Residents)->trigger();
        RegisterDock *dock = module->dock(RegisterKind::Residents);
        SETTLE(module, RegisterKind::Residents);
        QVERIFY(!dock->isHidden());
        Store &store = session->store();
        const qint64 all = store.registerCount(RegisterKind::Residents);
        QVERIFY(all >= 5);
        QCOMPARE(dock->model()->total(), all);
        QVERIFY2(dock->countLabel()->text().contains(QLocale().toString(all)), qPrintable(dock->countLabel()->text()));
        QVERIFY(dock->addButton()->isVisible() || !dock->addButton()->isHidden());
        QVERIFY(!dock->revealButton()->isHidden()); // the centre may read personal data

        // Search by name: one person, the ID number masked, the type by its label.
        dock->searchEdit()->setText(QStringLiteral("张三丰"));
        QTRY_COMPARE_WITH_TIMEOUT(dock->model()->rowCount(), 1, 20000);
        const RegisterTableModel *m = dock->model();
        QCOMPARE(m->record(0).text(QStringLiteral("name")), QStringLiteral("张三丰"));
        const QString shownId = m->data(m->index(0, m->columnOf(QStringLiteral("id_number"))), Qt::DisplayRole).toString();
        QVERIFY2(shownId.contains(QStringLiteral("****")) && shownId.startsWith(QStringLiteral("3711")), qPrintable(shownId));
        QCOMPARE(m->data(m->index(0, m->columnOf(QStringLiteral("resident_type"))), Qt::DisplayRole).toString(),
                 QStringLiteral("Registered (hukou)"));
        // Reveal: the selected ID number in full, once, and the reading in the audit log.
        const int audited = m_backend.open()->auditEntries().size();
        dock->table()->setCurrentIndex(m->index(0, m->columnOf(QStringLiteral("id_number"))));
        QVERIFY(dock->revealButton()->isEnabled());
        dock->revealButton()->click();
        QMessageBox *box = w.findChild<QMessageBox *>(QStringLiteral("registerRevealBox"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(test::idNumber(QDate(1986, 4, 12), 11)), qPrintable(box->text()));
        box->close();
        QCOMPARE(m_backend.open()->auditEntries().size(), audited + 1);
        dock->searchEdit()->clear();
        QTRY_COMPARE_WITH_TIMEOUT(dock->model()->total(), all, 20000);

        // The type filter: floating people only, as many as the store counts.
        QComboBox *type = dock->codeFilter(QStringLiteral("resident_type"));
        type->setCurrentIndex(type->findData(QStringLiteral("floating")));
        SETTLE(module, RegisterKind::Residents);
        RegisterQuery floating;
        floating.equals.insert(QStringLiteral("resident_type"), QStringLiteral("floating"));
        const qint64 floatingCount = store.registerCount(RegisterKind::Residents, floating);
        QVERIFY(floatingCount >= 2);
        QCOMPARE(dock->model()->total(), floatingCount);
        for (qint64 id : listed(dock))
            QCOMPARE(store.registerRecord(RegisterKind::Residents, id)->text(QStringLiteral("resident_type")), QStringLiteral("floating"));
        type->setCurrentIndex(0);
        SETTLE(module, RegisterKind::Residents);

        // The grid filter: grid B's people only.
        dock->unitFilter()->setCurrentIndex(dock->unitFilter()->findData(m_places.gridB.code));
        SETTLE(module, RegisterKind::Residents);
        const QVector<qint64> inB = listed(dock);
        QVERIFY(inB.size() >= 2);
        for (qint64 id : inB)
            QCOMPARE(store.registerRecord(RegisterKind::Residents, id)->gridCode, m_places.gridB.code);
        dock->unitFilter()->setCurrentIndex(0);
        SETTLE(module, RegisterKind::Residents);
        QCOMPARE(dock->model()->total(), all);

        // The form: a wrong check character is refused next to the ID field;
        // the right number shows the sex and birth date it gives, and saves.
        const QString goodId = test::idNumber(QDate(1992, 8, 30), 128); // 8: even, a woman
        QString refusal, sexShown, birthShown, formName;
        bool refusedKeptOpen = false;
        module->setFormHook([&](RegisterForm &f) {
            formName = f.objectName();
            qobject_cast<QLineEdit *>(f.fieldWidget(QStringLiteral("name")))->setText(QStringLiteral("李秋水"));
            qobject_cast<QLineEdit *>(f.fieldWidget(QStringLiteral("id_number")))->setText(test::wrongCheck(goodId));
            auto *typeBox = qobject_cast<QComboBox *>(f.fieldWidget(QStringLiteral("resident_type")));
            typeBox->setCurrentIndex(typeBox->findData(QStringLiteral("floating")));
            f.gridCombo()->setCurrentIndex(f.gridCombo()->findData(m_places.gridA.code));
            f.save();
            refusal = f.fieldError(QStringLiteral("id_number"));
            refusedKeptOpen = f.result() != QDialog::Accepted;
            qobject_cast<QLineEdit *>(f.fieldWidget(QStringLiteral("id_number")))->setText(goodId);
            sexShown = qobject_cast<QLineEdit *>(f.fieldWidget(QStringLiteral("sex")))->text();
            birthShown = qobject_cast<QLineEdit *>(f.fieldWidget(QStringLiteral("birth_date")))->text();
            return true;
        });
        dock->addButton()->click();
        module->setFormHook({});
        SETTLE(module, RegisterKind::Residents);
        QCOMPARE(formName, QStringLiteral("registerForm_residents"));
        QVERIFY(refusedKeptOpen);
        QVERIFY2(refusal.contains(QStringLiteral("ID number")) && refusal.contains(goodId.right(1)), qPrintable(refusal));
        QCOMPARE(sexShown, QStringLiteral("Female"));
        QCOMPARE(birthShown, QStringLiteral("1992-08-30"));
        QCOMPARE(dock->model()->total(), all + 1);
        QVERIFY2(dock->countLabel()->text().contains(QLocale().toString(all + 1)), qPrintable(dock->countLabel()->text()));
        RegisterQuery added;
        added.text = QStringLiteral("李秋水");
        const QVector<RegisterRecord> saved = store.registerRecords(RegisterKind::Residents, added);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved[0].text(QStringLiteral("sex")), QStringLiteral("female"));
        QCOMPARE(saved[0].value(QStringLiteral("birth_date")).toDate(), QDate(1992, 8, 30));
        QCOMPARE(saved[0].gridCode, m_places.gridA.code);
        QCOMPARE(dock->selectedId(), saved[0].id);
    }

    void gridWorkerSeesOnlyTheirGrid()
    {
        auto session = sessionOf("workera");
        QVERIFY(session);
        MainWindow w(*session);
        RegistersModule *module = moduleOf(w);
        module->openRegister(RegisterKind::Residents);
        RegisterDock *dock = module->dock(RegisterKind::Residents);
        SETTLE(module, RegisterKind::Residents);
        auto owner = m_backend.open();
        RegisterQuery inA;
        inA.unitCode = m_places.gridA.code;
        const qint64 expected = owner->registerCount(RegisterKind::Residents, inA);
        QVERIFY(expected >= 3);
        QVERIFY(expected < owner->registerCount(RegisterKind::Residents));
        QCOMPARE(dock->model()->total(), expected);
        const QVector<qint64> ids = listed(dock);
        QCOMPARE(ids.size(), int(expected));
        for (int r = 0; r < dock->model()->rowCount(); ++r)
            QCOMPARE(dock->model()->record(r).gridCode, m_places.gridA.code);
        // Searching for grid B's person finds nobody.
        dock->searchEdit()->setText(QStringLiteral("宋青书"));
        QTRY_COMPARE_WITH_TIMEOUT(dock->model()->total(), 0, 20000);
        // A grid worker keeps their grid's register but may not read personal data.
        QVERIFY(!dock->addButton()->isHidden());
        QVERIFY(dock->revealButton()->isHidden());
        // On the map too: only their grid's disputes.
        QgsVectorLayer *disputes = module->layers()->layer(RegisterKind::Disputes);
        QVERIFY(disputes && disputes->isValid());
        int drawn = 0;
        QgsFeature f;
        QgsFeatureIterator it = disputes->getFeatures();
        while (it.nextFeature(f)) {
            QCOMPARE(f.attribute(QStringLiteral("grid_code")).toString(), m_places.gridA.code);
            ++drawn;
        }
        QVERIFY(drawn >= 2);
    }

    void keyPersonsOverdueFilter()
    {
        auto session = sessionOf("centre");
        QVERIFY(session);
        MainWindow w(*session);
        RegistersModule *module = moduleOf(w);
        module->openRegister(RegisterKind::KeyPersons);
        RegisterDock *dock = module->dock(RegisterKind::KeyPersons);
        SETTLE(module, RegisterKind::KeyPersons);
        QVERIFY(listed(dock).contains(m_dueLaterId));
        dock->overdueCheck()->setChecked(true);
        SETTLE(module, RegisterKind::KeyPersons);
        const QVector<qint64> overdue = listed(dock);
        QVERIFY(overdue.contains(m_overdueId));
        QVERIFY(!overdue.contains(m_dueLaterId));
        RegisterQuery q;
        q.overdueOnly = true;
        QCOMPARE(dock->model()->total(), session->store().registerCount(RegisterKind::KeyPersons, q));
        for (qint64 id : overdue)
            QVERIFY(session->store().registerRecord(RegisterKind::KeyPersons, id)->value(QStringLiteral("next_visit_due")).toDate()
                    < KpiPeriod::dayOf(QDateTime::currentDateTimeUtc())); // the centre's day, as the filter's
        // The overdue person's row is in the warning colour, and ringed on the map.
        const int row = dock->model()->rowOf(m_overdueId);
        QCOMPARE(dock->model()->data(dock->model()->index(row, 0), Qt::ForegroundRole).value<QBrush>().color(), QColor(190, 30, 30));
        QVERIFY(module->layers()->marked(RegisterKind::KeyPersons).contains(m_overdueId));
        QVERIFY(!module->layers()->marked(RegisterKind::KeyPersons).contains(m_dueLaterId));
        dock->overdueCheck()->setChecked(false);
        SETTLE(module, RegisterKind::KeyPersons);
        QVERIFY(listed(dock).contains(m_dueLaterId));
    }

    void formsInChineseFitALaptopAndKeepTheirParts()
    {
        language::install(QStringLiteral("zh_CN"));
        auto session = sessionOf("centre");
        QVERIFY(session);
        MainWindow w(*session);
        RegistersModule *module = moduleOf(w);
        const QString shots = QString::fromLocal8Bit(qgetenv("GRIDDESK_SHOTS_DIR"));
        const QDate nextDue = QDate::currentDate().addDays(30);
        int checked = 0, partiesShown = -1, residentsShown = -1, visitsBefore = -1, visitsAfter = -1;
        QString dueShown;
        QStringList problems;
        module->setFormHook([&](RegisterForm &f) {
            if (f.kind() == RegisterKind::KeyPersonVisits) {
                auto *kind = qobject_cast<QComboBox *>(f.fieldWidget(QStringLiteral("visit_kind")));
                kind->setCurrentIndex(kind->findData(QStringLiteral("visit")));
                qobject_cast<QLineEdit *>(f.fieldWidget(QStringLiteral("staff_name")))->setText(QStringLiteral("王网格"));
                qobject_cast<QDateEdit *>(f.fieldWidget(QStringLiteral("next_due")))->setDate(nextDue);
                return true;
            }
            f.show();
            if (!QTest::qWaitForWindowExposed(&f))
                return false;
            ++checked;
            // Within a 1366×768 screen, and no label cut short.
            if (f.width() > 1366 || f.height() > 700)
                problems << QStringLiteral("%1 is %2x%3").arg(f.objectName()).arg(f.width()).arg(f.height());
            for (QLabel *label : f.findChildren<QLabel *>())
                if (label->isVisible() && !label->wordWrap() && label->width() < label->sizeHint().width())
                    problems << QStringLiteral("%1: \"%2\" is cut").arg(f.objectName(), label->text());
            if (auto *t = f.body()->findChild<QTableWidget *>(QStringLiteral("partiesTable")))
                partiesShown = t->rowCount();
            if (auto *t = f.body()->findChild<QTableWidget *>(QStringLiteral("residentsTable")))
                residentsShown = t->rowCount();
            if (auto *t = f.body()->findChild<QTableWidget *>(QStringLiteral("visitsTable"))) {
                visitsBefore = t->rowCount();
                f.body()->findChild<QPushButton *>(QStringLiteral("recordVisitButton"))->click();
                visitsAfter = t->rowCount();
                dueShown = qobject_cast<QDateEdit *>(f.fieldWidget(QStringLiteral("next_visit_due")))->date().toString(Qt::ISODate);
            }
            if (!shots.isEmpty())
                f.grab().save(shots + QStringLiteral("/registers-form-%1-zh_CN.png").arg(registerkind::table(f.kind())));
            return false;
        });
        QVector<QPair<RegisterKind, QString>> records = {{RegisterKind::Disputes, QStringLiteral("RG-2026-001")},
                                                          {RegisterKind::Houses, QStringLiteral("H-0001")},
                                                          {RegisterKind::KeyPersons, QStringLiteral("韦一笑")},
                                                          {RegisterKind::Organisations, QStringLiteral("海曲物业")},
                                                          {RegisterKind::Residents, QStringLiteral("小昭")},
                                                          {RegisterKind::WorkLog, QStringLiteral("反诈")}};
        for (const auto &r : records) {
            RegisterQuery q;
            q.text = r.second;
            const QVector<RegisterRecord> found = session->store().registerRecords(r.first, q);
            QVERIFY2(found.size() == 1, qPrintable(r.second));
            module->openEditForm(r.first, found[0].id);
        }
        module->openAddForm(RegisterKind::Residents);
        module->setFormHook({});
        language::install(QStringLiteral("en"));
        QCOMPARE(checked, 7);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(partiesShown, 1);
        QCOMPARE(residentsShown, 1);
        QCOMPARE(visitsAfter, visitsBefore + 1);
        QCOMPARE(dueShown, nextDue.toString(Qt::ISODate));
        QCOMPARE(session->store().registerRecord(RegisterKind::KeyPersons, m_overdueId)->value(QStringLiteral("next_visit_due")).toDate(),
                 nextDue);
    }

    void disputeAddedAtAPointPickedOnTheMap()
    {
        auto session = sessionOf("centre");
        QVERIFY(session);
        MainWindow w(*session);
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        RegistersModule *module = moduleOf(w);
        module->openRegister(RegisterKind::Disputes);
        RegisterDock *dock = module->dock(RegisterKind::Disputes);
        SETTLE(module, RegisterKind::Disputes);
        const qint64 before = dock->model()->total();
        QgsMapCanvas *canvas = session->canvas();
        canvas->setExtent(session->layers().displayExtent(polygon::bounds(m_places.gridB.geometry)));
        canvas->refresh();
        const GeoPoint target = polygon::centroid(m_places.gridB.geometry);
        test::CanvasMouse mouse(canvas);
        QString shown;
        module->setFormHook([&](RegisterForm &f) {
            qobject_cast<QLineEdit *>(f.fieldWidget(QStringLiteral("ledger_no")))->setText(QStringLiteral("RG-2026-010"));
            qobject_cast<QLineEdit *>(f.fieldWidget(QStringLiteral("title")))->setText(QStringLiteral("宅基地界址争议"));
            auto *type = qobject_cast<QComboBox *>(f.fieldWidget(QStringLiteral("dispute_type")));
            type->setCurrentIndex(type->findData(QStringLiteral("land")));
            auto *status = qobject_cast<QComboBox *>(f.fieldWidget(QStringLiteral("status")));
            status->setCurrentIndex(status->findData(QStringLiteral("mediating")));
            f.pickButton()->click();
            mouse.click(mouse.pixel(QgsPointXY(target.x, target.y)));
            shown = f.findChild<QLabel *>(QStringLiteral("locationLabel"))->text();
            return true;
        });
        dock->addButton()->click();
        module->setFormHook({});
        SETTLE(module, RegisterKind::Disputes);
        QVERIFY2(shown.contains(QString::number(target.x, 'f', 2)), qPrintable(shown));
        QCOMPARE(dock->model()->total(), before + 1);
        RegisterQuery q;
        q.text = QStringLiteral("RG-2026-010");
        const QVector<RegisterRecord> saved = session->store().registerRecords(RegisterKind::Disputes, q);
        QCOMPARE(saved.size(), 1);
        QVERIFY(saved[0].location);
        const double tolerance = 3 * mouse.pixelDegrees();
        QVERIFY(qAbs(saved[0].location->x - target.x) < tolerance && qAbs(saved[0].location->y - target.y) < tolerance);
        // Its grid comes from where it was picked.
        QCOMPARE(saved[0].gridCode, m_places.gridB.code);
    }

    // The owner (migrations, copies, a hand-made fix) adds a party to a
    // dispute like anyone who sees it; it takes the dispute's grid.
    void theOwnerAddsADisputeParty()
    {
        auto owner = m_backend.open();
        RegisterQuery q;
        q.text = QStringLiteral("RG-2026-002");
        const QVector<RegisterRecord> found = owner->registerRecords(RegisterKind::Disputes, q);
        QCOMPARE(found.size(), 1);
        RegisterRecord party = RegisterRecord::blank(RegisterKind::DisputeParties);
        party.set(QStringLiteral("ledger_no"), QStringLiteral("RG-2026-002"));
        party.set(QStringLiteral("name"), QStringLiteral("周颠"));
        party.set(QStringLiteral("party_role"), QStringLiteral("respondent"));
        RegisterRecord stored;
        try {
            stored = owner->addRegisterRecord(party);
        } catch (const StoreError &e) {
            QFAIL(qPrintable(e.message()));
        }
        QCOMPARE(stored.gridCode, found[0].gridCode);
        RegisterQuery parties;
        parties.parentKey = QStringLiteral("RG-2026-002");
        QCOMPARE(owner->registerCount(RegisterKind::DisputeParties, parties), qint64(1));
        // A party for a dispute that does not exist is still refused, naming the ledger number.
        party.set(QStringLiteral("ledger_no"), QStringLiteral("RG-1999-999"));
        QVERIFY_EXCEPTION_THROWN(owner->addRegisterRecord(party), StoreError);
    }

    // The audit log names a register's codes as the catalogue does, in the
    // reader's language: the house added above was rented out.
    void theAuditLogNamesRegisterCodes()
    {
        QString shown;
        for (const AuditEntry &e : m_backend.open()->auditEntries())
            if (e.table == QLatin1String("houses") && e.action == QLatin1String("insert"))
                shown = AuditChangeFormatter().changes(e).join(QLatin1Char('|'));
        QVERIFY2(shown.contains(QStringLiteral("Occupancy: Rented out")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Use: Residential")), qPrintable(shown));
        language::install(QStringLiteral("zh_CN"));
        for (const AuditEntry &e : m_backend.open()->auditEntries())
            if (e.table == QLatin1String("houses") && e.action == QLatin1String("insert"))
                shown = AuditChangeFormatter().changes(e).join(QLatin1Char('|'));
        language::install(QStringLiteral("en"));
        QVERIFY2(shown.contains(QStringLiteral("居住状态: 出租")), qPrintable(shown));
    }

    // At a whole township's scale the map shows grids, cases and cameras;
    // disputes and organisations, like houses, from a neighbourhood's scale.
    void disputesAndOrganisationsStayOffTheTownshipView()
    {
        auto session = sessionOf("centre");
        QVERIFY(session);
        MainWindow w(*session);
        map::RegisterLayers *layers = moduleOf(w)->layers();
        const double township = 100000, neighbourhood = 10000;
        for (RegisterKind kind : {RegisterKind::Disputes, RegisterKind::Organisations, RegisterKind::Houses}) {
            QgsVectorLayer *l = layers->layer(kind);
            QVERIFY(l);
            QVERIFY2(l->hasScaleBasedVisibility(), qPrintable(l->name()));
            QVERIFY2(!l->isInScaleRange(township), qPrintable(l->name()));
            QVERIFY2(l->isInScaleRange(neighbourhood), qPrintable(l->name()));
            QCOMPARE(l->minimumScale(), layers->layer(RegisterKind::Houses)->minimumScale());
        }
        // Key persons are few, and an overdue visit is to be seen from afar.
        QVERIFY(layers->layer(RegisterKind::KeyPersons)->isInScaleRange(township));
    }

    void disputesLayerDrawsStatusAndFollowsTheFeed()
    {
        auto session = sessionOf("centre");
        QVERIFY(session);
        MainWindow w(*session);
        RegistersModule *module = moduleOf(w);
        module->mapAction()->setChecked(true);
        map::RegisterLayers *layers = module->layers();
        QVERIFY(layers->isShown());
        QCOMPARE(layers->group()->name(), QStringLiteral("Registers"));
        QgsVectorLayer *disputes = layers->layer(RegisterKind::Disputes);
        QVERIFY(disputes && disputes->isValid());
        QVERIFY(QgsProject::instance()->layerTreeRoot()->findLayer(disputes));
        QVERIFY(layers->layer(RegisterKind::Houses) && layers->layer(RegisterKind::KeyPersons)
                && layers->layer(RegisterKind::Organisations) && layers->footprints());
        // Key persons are drawn without their names: no labels at all.
        QVERIFY(!layers->layer(RegisterKind::KeyPersons)->labelsEnabled());
        // The marks are read once the map has drawn (or, off screen, at once).
        QTRY_VERIFY(layers->marked(RegisterKind::Disputes).size() >= 1);
        // The legend: each status by its label, and the repeats' ring.
        QStringList legend;
        for (const QgsLegendSymbolItem &item : disputes->renderer()->legendSymbolItems())
            legend << item.label();
        QCOMPARE(legend, QStringList({QStringLiteral("Repeats an earlier dispute"), QStringLiteral("Registered"),
                                      QStringLiteral("In mediation"), QStringLiteral("Resolved"), QStringLiteral("Not resolved"),
                                      QStringLiteral("Transferred")}));

        // The failed dispute in red at its place, with the repeat's ring round it.
        QgsMapSettings settings = test::consoleMapSettings(session->layers(), QSize(800, 600));
        settings.setBackgroundColor(Qt::white);
        settings.setLayers({disputes});
        const QgsCoordinateTransform ct(QgsCoordinateReferenceSystem::fromEpsgId(4490), settings.destinationCrs(),
                                        QgsProject::instance()->transformContext());
        const QgsPointXY centre = ct.transform(QgsPointXY(m_disputeAt.x, m_disputeAt.y));
        settings.setExtent(QgsRectangle(centre.x() - 400, centre.y() - 300, centre.x() + 400, centre.y() + 300));
        const QImage image = test::renderMap(settings);
        const QgsPointXY px = settings.mapToPixel().transform(centre);
        const QColor failed = map::registerstyle::colour(RegisterKind::Disputes, QStringLiteral("failed"));
        const QColor resolved = map::registerstyle::colour(RegisterKind::Disputes, QStringLiteral("resolved"));
        const QColor at(image.pixel(int(px.x()), int(px.y())));
        QVERIFY2(test::nearColour(at, failed, 12) || test::nearColour(at, resolved, 12), qPrintable(at.name()));
        int ring = 0;
        for (int dx = -20; dx <= 20; ++dx)
            for (int dy = -20; dy <= 20; ++dy)
                ring += test::nearColour(QColor(image.pixel(int(px.x()) + dx, int(px.y()) + dy)),
                                         map::registerstyle::markColour(RegisterKind::Disputes), 30) ? 1 : 0;
        QVERIFY2(ring > 10, "the repeat is not ringed");

        // Another client adds a dispute: the open list and the layer show it.
        module->openRegister(RegisterKind::Disputes);
        RegisterDock *dock = module->dock(RegisterKind::Disputes);
        SETTLE(module, RegisterKind::Disputes);
        const qint64 before = dock->model()->total();
        const qint64 drawn = featureCount(disputes);
        {
            auto other = m_backend.openAs(login("centre"), kPassword);
            GeoPoint elsewhere = polygon::centroid(m_places.gridB.geometry);
            other->addRegisterRecord(dispute(QStringLiteral("RG-2026-003"), QStringLiteral("mediating"), elsewhere));
        }
        QTRY_COMPARE_WITH_TIMEOUT(dock->model()->total(), before + 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(featureCount(disputes), drawn + 1, 20000);
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestRegistersConsole, griddesk::app::initResources)
#include "test_registers_console.moc"
