// A local database with users: the sign-in dialog (a wrong password refused
// and audited), the console scoped to the person, personal data masked with
// an audited reveal for a person with the right, and the audit dock for an
// administrator, which says when the chain was tampered with.
#include "CaseLayers.h"
#include "AuditModule.h"
#include "ConsoleLayers.h"
#include "StoreError.h"
#include "ConsoleSession.h"
#include "FeatureDetailsDock.h"
#include "FieldPresenter.h"
#include "IdentifyModule.h"
#include "IncidentFilterProxy.h"
#include "IncidentListDock.h"
#include "Language.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "AppResources.h"
#include "PolygonOps.h"
#include "QgisTestMain.h"
#include "Store.h"
#include "TestDemo.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>

#include <qgsfeatureiterator.h>
#include <qgsmapcanvas.h>
#include <qgsvectorlayer.h>

using namespace griddesk;
using namespace griddesk::app;

namespace {
const QString kPassword = QStringLiteral("local-password-1");
}

class TestSignIn : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    AdminUnit m_grid;
    qint64 m_incident = 0;

    std::unique_ptr<ConsoleSession> signIn(const QString &name)
    {
        auto store = GpkgStore::open(m_path);
        LoginDialog dialog(*store, QStringLiteral("demo.gpkg"));
        dialog.findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->setText(name);
        dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(kPassword);
        dialog.accept();
        if (dialog.result() != QDialog::Accepted || !dialog.user())
            return nullptr;
        QString error;
        return ConsoleSession::open(StoreOpener(StoreLocation::file(m_path), dialog.user()), &error);
    }

private Q_SLOTS:
    void initTestCase()
    {
        language::install(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        m_path = test::createDemo(m_dir);
        auto store = GpkgStore::open(m_path);
        m_grid = store->adminUnits(int(AdminLevel::Grid)).at(3);
        for (const auto &[name, role, scope, personal] :
             {std::tuple<QString, Role, QString, bool>{QStringLiteral("liuyang"), Role::GridWorker, m_grid.code, false},
              {QStringLiteral("wangmin"), Role::CentreStaff, m_grid.parentCode.left(9) + QStringLiteral("000"), true},
              {QStringLiteral("admin"), Role::Administrator, QString(), true}}) {
            UserAccount u;
            u.username = name;
            u.displayName = name;
            u.role = role;
            u.scopeCode = scope;
            u.personalData = personal;
            store->addUser(u, kPassword);
        }
        NewIncident n;
        n.location = polygon::centroid(m_grid.geometry);
        n.categoryCode = QStringLiteral("neighbourhood_dispute");
        n.title = QStringLiteral("噪音扰民");
        n.reporterPhone = QStringLiteral("13812345678");
        n.reporterIdNumber = QStringLiteral("11010519491231002X");
        m_incident = store->addIncident(n, QStringLiteral("t"));
    }

    void wrongPasswordIsRefused()
    {
        auto store = GpkgStore::open(m_path);
        LoginDialog dialog(*store, QStringLiteral("demo.gpkg"));
        dialog.findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->setText(QStringLiteral("liuyang"));
        dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("guess"));
        dialog.accept();
        QVERIFY(!dialog.user());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("problemLabel"))->text().contains(QStringLiteral("not correct")));
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty());
        QCOMPARE(store->auditEntries().last().action, QStringLiteral("login_failed"));
    }

    void gridWorkerSeesOwnGridAndNoPersonalData()
    {
        auto session = signIn(QStringLiteral("liuyang"));
        QVERIFY(session);
        MainWindow w(*session);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *list = w.findChild<IncidentListDock *>();
        QTRY_VERIFY(list->proxy()->rowCount() > 0);
        for (int r = 0; r < list->proxy()->rowCount(); ++r) {
            const QString code = list->proxy()->index(r, 0).data().toString();
            QCOMPARE(session->store().incidentByCode(code)->gridCode, m_grid.code);
        }
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("userLabel"))->text().left(7), QStringLiteral("liuyang"));
        // The map shows the grid's cases (open and ended) and cameras only, and opens on the grid.
        QVERIFY(test::waitForCases(session->layers()));
        QVERIFY(session->layers().openCases()->count() > 0);
        for (QgsVectorLayer *layer : {session->layers().incidents(), session->layers().endedIncidents(), session->layers().cameras()}) {
            QgsFeature f;
            QgsFeatureIterator it = layer->getFeatures();
            int n = 0;
            while (it.nextFeature(f)) {
                QVERIFY2(f.attribute(QStringLiteral("grid_code")).toString() == m_grid.code, qPrintable(layer->name()));
                ++n;
            }
            QVERIFY2(n > 0 || layer != session->layers().incidents(), qPrintable(layer->name()));
        }
        QVERIFY(session->homeExtent().width() < session->layers().fullExtent().width() / 2);
        QVERIFY(!w.findChild<QDockWidget *>(QStringLiteral("auditDock"))); // administrators only
        QCOMPARE(session->store().incident(m_incident)->reporterPhone, QStringLiteral("138****5678"));
        QVERIFY_EXCEPTION_THROWN(session->store().revealPersonalData(m_incident), StoreError);
    }

    void revealIsShownAndAudited()
    {
        auto session = signIn(QStringLiteral("wangmin"));
        QVERIFY(session);
        MainWindow w(*session);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // Identify the incident (the identify tool's signal, as a click would).
        QVERIFY(test::waitForCases(session->layers()));
        const QgsFeatureIds open = session->layers().openCases()->featureIds({m_incident});
        const QgsFeatureIds ended = session->layers().endedCases()->featureIds({m_incident});
        QgsVectorLayer *layer = open.isEmpty() ? session->layers().endedIncidents() : session->layers().incidents();
        QVERIFY(!open.isEmpty() || !ended.isEmpty());
        QgsFeature f = layer->getFeature(open.isEmpty() ? *ended.begin() : *open.begin());
        QVERIFY(f.isValid());
        auto *identify = w.findChild<IdentifyModule *>();
        QVERIFY(identify);
        identify->showFeature(layer, f);
        auto *dock = w.findChild<FeatureDetailsDock *>();
        QCOMPARE(dock->valueFor(QStringLiteral("Reporter phone")), QStringLiteral("138****5678"));
        QCOMPARE(dock->valueFor(QStringLiteral("Reporter ID number")), QStringLiteral("1101**********002X"));
        auto *reveal = dock->findChild<QPushButton *>(QStringLiteral("revealButton"));
        QVERIFY(reveal->isVisibleTo(dock));
        reveal->click();
        QCOMPARE(dock->valueFor(QStringLiteral("Reporter phone")), QStringLiteral("13812345678"));
        QCOMPARE(dock->valueFor(QStringLiteral("Reporter ID number")), QStringLiteral("11010519491231002X"));
        const AuditEntry last = GpkgStore::open(m_path)->auditEntries().last();
        QCOMPARE(last.action, QStringLiteral("reveal"));
        QCOMPARE(last.actor, QStringLiteral("wangmin"));
        QCOMPARE(last.rowId.value_or(-1), m_incident);
    }

    void administratorSeesTheAuditLogAndTampering()
    {
        auto session = signIn(QStringLiteral("admin"));
        QVERIFY(session);
        MainWindow w(*session);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *dock = w.findChild<QDockWidget *>(QStringLiteral("auditDock"));
        QVERIFY(dock);
        // Its tab sits behind the incident list until brought forward.
        QVERIFY(dock->visibleRegion().isEmpty());
        w.findChild<QAction *>(QStringLiteral("actionShowAuditLog"))->trigger();
        QVERIFY(!dock->visibleRegion().isEmpty());
        auto *module = w.findChild<AuditModule *>();
        QTRY_VERIFY(!module->isLoading() && module->view()->model()->rowCount() > 0);
        QTRY_VERIFY(module->verdictLabel()->text().startsWith(QStringLiteral("Chain intact")));
        // Newest first: the administrator's own sign-in heads the list.
        QCOMPARE(module->view()->model()->index(0, 3).data().toString(), QStringLiteral("Signed in"));
        // Who and what read as words: the person's name, and field changes instead of raw rows.
        QAbstractItemModel *log = module->view()->model();
        QCOMPARE(log->index(0, 2).data().toString(), QStringLiteral("admin"));
        for (int r = 0; r < log->rowCount(); ++r)
            QVERIFY2(!log->index(r, 6).data().toString().contains(QLatin1Char('{')), qPrintable(log->index(r, 6).data().toString()));
        // A write elsewhere: only the entries after the checked head are
        // read and checked, and they go on top.
        const int rowsBefore = log->rowCount();
        const QString verdictBefore = module->verdictLabel()->text();
        const qint64 headBefore = log->index(0, 0).data().toLongLong();
        GpkgStore::open(m_path)->setSetting(QStringLiteral("escalation_grace_days"), QStringLiteral("4"));
        module->readNew();
        QTRY_VERIFY(!module->isLoading() && log->index(0, 0).data().toLongLong() > headBefore);
        QCOMPARE(log->rowCount(), std::min(rowsBefore + 1, int(AuditModule::kShown)));
        QCOMPARE(log->index(0, 4).data().toString(), QStringLiteral("Settings"));
        QVERIFY(module->verdictLabel()->text().startsWith(QStringLiteral("Chain intact")));
        QVERIFY(module->verdictLabel()->text() != verdictBefore);
        for (int r = 1; r < log->rowCount(); ++r)
            QVERIFY(log->index(r - 1, 0).data().toLongLong() > log->index(r, 0).data().toLongLong());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_sealed")));
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET actor = 'nobody' WHERE action = 'reveal'")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        w.findChild<QPushButton *>(QStringLiteral("auditVerifyButton"))->click();
        QTRY_VERIFY(module->verdictLabel()->text().startsWith(QStringLiteral("TAMPERED")));
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestSignIn, griddesk::app::initResources)
#include "test_signin.moc"
