// The audit log on both backends: every write and every reveal of personal
// data leaves an entry (who, when, what, before and after); the hash chain
// is intact; `griddesk-admin audit verify` finds an edited or a removed
// entry and names it.
#include "AuditChain.h"
#include "AuditChecker.h"
#include "AuditLogPages.h"
#include "PasswordHash.h"
#include "PolygonOps.h"
#include "StoreError.h"
#include "TestBackend.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace griddesk;

namespace {

struct CliResult {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

CliResult verifyWithCli(const QString &location)
{
    QProcess cli;
    cli.start(test::adminProgram(), {QStringLiteral("audit"), QStringLiteral("verify"), location});
    cli.waitForFinished(120000);
    return {cli.exitCode(), cli.readAllStandardOutput(), cli.readAllStandardError()};
}

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::TestBackend m_backend;
    qint64 m_incident = 0;

    // Runs a statement outside the store with the append-only guard lifted,
    // as someone with direct access to the database would.
    void tamper(const QString &statement)
    {
        QSqlDatabase db = m_backend.rawConnection(QStringLiteral("tamper"));
        {
            QSqlQuery q(db);
            const bool pg = test::TestBackend::isPg();
            QVERIFY(q.exec(pg ? QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_guard")
                              : QStringLiteral("DROP TRIGGER IF EXISTS audit_log_sealed")));
            if (!pg)
                QVERIFY(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete")));
            QVERIFY2(q.exec(statement), qPrintable(statement));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qInfo("backend: %s", qPrintable(test::TestBackend::name()));
        m_backend.createDemo(m_dir);
    }

    void everyWriteIsRecorded()
    {
        auto store = m_backend.open();
        const qint64 before = store->auditEntries().isEmpty() ? 0 : store->auditEntries().last().seq;
        const AdminUnit grid = store->adminUnits(int(AdminLevel::Grid)).at(6);
        NewIncident n;
        n.location = polygon::centroid(grid.geometry);
        n.categoryCode = QStringLiteral("neighbourhood_dispute");
        n.title = QStringLiteral("邻里纠纷");
        n.reporter = QStringLiteral("张三");
        n.reporterPhone = QStringLiteral("13812345678");
        n.reporterIdNumber = QStringLiteral("37110219900307123X").left(17) + QStringLiteral("9");
        m_incident = store->addIncident(n, QStringLiteral("网格员 刘洋"));
        WorkflowRequest accept;
        accept.action = IncidentAction::Accept;
        accept.role = Role::CentreStaff;
        accept.actor = QStringLiteral("王敏");
        accept.at = QDateTime::currentDateTimeUtc().addSecs(1);
        store->applyAction(m_incident, accept);
        store->setSetting(QStringLiteral("escalation_grace_days"), QStringLiteral("3"));

        const QVector<AuditEntry> log = store->auditEntries(before);
        QStringList seen;
        for (const AuditEntry &e : log)
            seen << e.action + QLatin1Char(' ') + e.table;
        QVERIFY2(seen.contains(QStringLiteral("insert incidents")), qPrintable(seen.join(QLatin1Char(','))));
        QVERIFY(seen.contains(QStringLiteral("insert incident_history")));
        QVERIFY(seen.contains(QStringLiteral("update incidents")));
        QVERIFY(seen.contains(QStringLiteral("insert gd_meta")) || seen.contains(QStringLiteral("update gd_meta")));
        for (const AuditEntry &e : log) {
            QVERIFY(!e.actor.isEmpty());
            QVERIFY(!e.hash.isEmpty());
            QVERIFY(e.at.endsWith(QLatin1Char('Z')));
            if (e.action == QLatin1String("update") && e.table == QLatin1String("incidents")) {
                // Before and after, as the rows were.
                QCOMPARE(e.rowId, m_incident);
                QCOMPARE(json(e.before).value(QStringLiteral("state")).toString(), QStringLiteral("reported"));
                QCOMPARE(json(e.after).value(QStringLiteral("state")).toString(), QStringLiteral("accepted"));
            }
        }
        if (test::TestBackend::isPg())
            QCOMPARE(log.last().actor, QStringLiteral("postgres")); // the server names the login
        QVERIFY(auditchain::verify(store->auditEntries()).intact);

        // Checking on from an intact head reads only the entries after it
        // and ends where a check from the start ends.
        const QVector<AuditEntry> all = store->auditEntries();
        const auditchain::Verdict head = auditchain::verify(all.mid(0, all.size() / 2));
        QVERIFY2(head.intact && head.headSeq > 0, qPrintable(head.reason));
        const QVector<AuditEntry> after = store->auditEntries(head.headSeq);
        QCOMPARE(int(after.size()), int(all.size() - all.size() / 2));
        const auditchain::Verdict whole = auditchain::verify(all);
        const auditchain::Verdict onFrom = auditchain::verifyFrom(head, after);
        QVERIFY2(onFrom.intact, qPrintable(onFrom.reason));
        QCOMPARE(onFrom.checked, whole.checked);
        QCOMPARE(onFrom.headSeq, whole.headSeq);
        QCOMPARE(onFrom.headHash, whole.headHash);
        // A head that is not the entries' predecessor breaks the link.
        auditchain::Verdict wrong = head;
        wrong.headHash = auditchain::genesis();
        const auditchain::Verdict broken = auditchain::verifyFrom(wrong, after);
        QVERIFY(!broken.intact);
        QCOMPARE(broken.firstBadSeq, after.first().seq);

        // Read a page at a time (three entries here), the log checks out the
        // same, every entry once, in order.
        auditchain::Checker paged;
        QVector<qint64> seqs;
        auditlog::forEachEntry(
            *store, 0,
            [&](const AuditEntry &e) {
                seqs << e.seq;
                return paged.add(e);
            },
            3);
        QCOMPARE(int(seqs.size()), int(all.size()));
        QVERIFY(std::is_sorted(seqs.cbegin(), seqs.cend()));
        QCOMPARE(seqs.last(), all.last().seq);
        QVERIFY2(paged.verdict().intact, qPrintable(paged.verdict().reason));
        QCOMPARE(paged.verdict().checked, whole.checked);
        QCOMPARE(paged.verdict().headHash, whole.headHash);
        // An entry sealed after an unsealed one breaks the chain, whichever
        // page each came on.
        auditchain::Checker split;
        AuditEntry unsealed = all.first();
        unsealed.hash.clear();
        QVERIFY(split.add(unsealed));
        QVERIFY(!split.add(all[1]));
        QCOMPARE(split.verdict().firstBadSeq, all[1].seq);
        QVERIFY(!split.add(all[2])); // nothing after the break is checked
        QCOMPARE(split.verdict().checked, qint64(0));
    }

    void personalDataIsMaskedAndRevealsAreRecorded()
    {
        auto store = m_backend.open();
        const Incident i = *store->incident(m_incident);
        QCOMPARE(i.reporterPhone, QStringLiteral("138****5678"));
        QCOMPARE(i.reporterIdNumber, QStringLiteral("3711**********1239"));
        const qint64 before = store->auditEntries().last().seq;
        const PersonalDetails full = store->revealPersonalData(m_incident);
        QCOMPARE(full.phone, QStringLiteral("13812345678"));
        QCOMPARE(full.idNumber, QStringLiteral("371102199003071239"));
        const QVector<AuditEntry> log = store->auditEntries(before);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log[0].action, QStringLiteral("reveal"));
        QCOMPARE(log[0].rowId, m_incident);
        // The log itself never holds the personal data it protects.
        for (const AuditEntry &e : store->auditEntries()) {
            QVERIFY2(!e.after.contains(QStringLiteral("13812345678")) && !e.before.contains(QStringLiteral("13812345678")),
                     qPrintable(QString::number(e.seq)));
            QVERIFY(!e.after.contains(QStringLiteral("371102199003071239")));
        }
    }

    // An id of 0 is an id: the server and the verifier hash it alike, so a
    // row with fid 0 cannot break verification for good.
    void rowIdZeroIsHashedAsAnId()
    {
        QSqlDatabase db = m_backend.rawConnection(QStringLiteral("zero"));
        {
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO incident_history (fid, incident_id, action, actor, at, state_after) "
                                           "VALUES (0, %1, 'handle', 'x', '2026-01-01T00:00:00.000Z', 'accepted')")
                                .arg(m_incident)),
                     qPrintable(q.lastError().text()));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("zero"));
        auto store = m_backend.open();
        store->setSetting(QStringLiteral("escalation_grace_days"), QStringLiteral("2")); // seals the file's pending rows
        bool seen = false;
        for (const AuditEntry &e : store->auditEntries())
            seen = seen || (e.table == QLatin1String("incident_history") && e.rowId == qint64(0));
        QVERIFY(seen);
        const auditchain::Verdict v = auditchain::verify(store->auditEntries());
        QVERIFY2(v.intact, qPrintable(v.reason));
    }

    // Whatever name another program wrote into a pending entry, the file's
    // sealer records what it knows: the row came from outside.
    void sealerIgnoresNamesWrittenOutside()
    {
        if (test::TestBackend::isPg())
            QSKIP("a server names the login itself");
        QSqlDatabase db = m_backend.rawConnection(QStringLiteral("outside"));
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE departments SET name_en = name_en WHERE fid = 2")));
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET actor = '王主任' WHERE hash IS NULL")));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("outside"));
        auto store = m_backend.open();
        store->setSetting(QStringLiteral("escalation_grace_days"), QStringLiteral("3"));
        bool found = false;
        for (const AuditEntry &e : store->auditEntries()) {
            QVERIFY(e.actor != QLatin1String("王主任"));
            found = found || (e.table == QLatin1String("departments") && e.actor == QLatin1String("external"));
        }
        QVERIFY(found);
    }

    // An unknown name costs the same key derivation as a wrong password.
    void unknownNamesTakeAsLongAsWrongPasswords()
    {
        if (test::TestBackend::isPg())
            QSKIP("a server checks passwords itself");
        auto store = m_backend.open();
        const quint64 before = passwordhash::derivations();
        QVERIFY(!store->authenticate(QStringLiteral("nobody_here"), QStringLiteral("whatever 12345")));
        QCOMPARE(passwordhash::derivations(), before + 1);
    }

    void appendOnlyWithoutTools()
    {
        QSqlDatabase db = m_backend.rawConnection(QStringLiteral("plain"));
        {
            QSqlQuery q(db);
            QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE seq = 5")));
            QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 5")));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));
        const CliResult r = verifyWithCli(m_backend.location());
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.startsWith("intact: "));
    }

    void editedEntryIsDetected()
    {
        // One character more in the "after" of the acceptance.
        tamper(QStringLiteral("UPDATE audit_log SET after = after || ' ' "
                              "WHERE action = 'update' AND table_name = 'incidents' AND row_id = %1").arg(m_incident));
        const CliResult r = verifyWithCli(m_backend.location());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("TAMPERED") && r.err.contains("was changed after it was written"), r.err.constData());
        QVERIFY(r.err.contains("update on incidents"));
    }

    void removedEntryIsDetected()
    {
        // Put the edit back (the chain is intact again) and remove an entry instead.
        auto store = m_backend.open();
        const QVector<AuditEntry> log = store->auditEntries();
        const auditchain::Verdict before = auditchain::verify(log);
        QVERIFY(!before.intact);
        const AuditEntry &bad = log[int(std::find_if(log.cbegin(), log.cend(), [&](const AuditEntry &e) {
                                             return e.seq == before.firstBadSeq;
                                         }) - log.cbegin())];
        tamper(QStringLiteral("UPDATE audit_log SET after = substr(after, 1, length(after) - 1) WHERE seq = %1").arg(bad.seq));
        QCOMPARE(verifyWithCli(m_backend.location()).code, 0);
        tamper(QStringLiteral("DELETE FROM audit_log WHERE seq = %1").arg(log[10].seq));
        const CliResult r = verifyWithCli(m_backend.location());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QByteArray::number(log[11].seq)) && r.err.contains("does not follow"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "test_audit.moc"
