// The KPI engine against a real city's log: Boston's 121,145 service requests
// of 2015, read through a small adapter into cases, give the same closure and
// on-time closure counts as an independent count on the raw file by a
// separate route (boston311_kpi.py: Python's csv and gzip modules only), for
// the year, a quarter and every month. Hand-written rows check both routes at
// the edges: midnight and noon, a period's first and last second, a close at
// the deadline itself, and the log's quirks.
#include "Boston311Log.h"
#include "KpiEngine.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <zlib.h>

using namespace griddesk;
using namespace griddesk::test;

namespace {

const QString kTownship = QStringLiteral("371102001000");
const QString kCommunity = QStringLiteral("371102001001");
const QString kGrid = QStringLiteral("371102001001001");

QVector<KpiUnit> bostonUnits()
{
    return { { kTownship, QString(), QStringLiteral("Boston"), AdminLevel::Township, false, 0 },
        { kCommunity, kTownship, QStringLiteral("Boston"), AdminLevel::Community, false, 0 },
        { kGrid, kCommunity, QStringLiteral("Boston"), AdminLevel::Grid, false, 0 } };
}

// Long after every deadline in the log (the latest is in 2019), so no period
// is the running one.
const QDateTime kAsOf = QDateTime(QDate(2020, 1, 1), QTime(0, 0), QTimeZone(8 * 3600)).toUTC();

struct Counts {
    qint64 due = 0, closed = 0, onTime = 0;
};

// The independent count: period key → counts, or an empty map with the reason in *error.
QMap<QString, Counts> independentCounts(const QString &file, const QStringList &periods, QString *error)
{
    QProcess p;
    p.start(QStringLiteral(GRIDDESK_PYTHON3),
        QStringList { QStringLiteral(GRIDDESK_SOURCE_DIR "/tests/core/boston311_kpi.py"), file } + periods);
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error
            = QStringLiteral("%1 failed: %2 %3")
                  .arg(QStringLiteral(GRIDDESK_PYTHON3), p.errorString(), QString::fromUtf8(p.readAllStandardError()));
        return {};
    }
    QMap<QString, Counts> out;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() != 4)
            continue;
        Counts c;
        c.due = parts[1].mid(4).toLongLong();
        c.closed = parts[2].mid(7).toLongLong();
        c.onTime = parts[3].mid(8).toLongLong();
        out.insert(QString::fromUtf8(parts[0]), c);
    }
    if (out.size() != periods.size())
        *error = QStringLiteral("the independent count printed %1 periods of %2").arg(out.size()).arg(periods.size());
    return out;
}

QString percent(qint64 n, qint64 d)
{
    return d > 0 ? QString::number(100.0 * double(n) / double(d), 'f', 2) + QLatin1Char('%') : QStringLiteral("-");
}

bool writeGzip(const QString &path, const QByteArray &text)
{
    gzFile f = gzopen(QFile::encodeName(path).constData(), "wb");
    if (!f)
        return false;
    const bool ok = gzwrite(f, text.constData(), unsigned(text.size())) == text.size();
    return gzclose(f) == Z_OK && ok;
}

// Both routes on one file and a list of periods: the engine's counts at every
// level must equal the independent ones, exactly.
void compareRoutes(const QString &file, const QVector<KpiCase> &cases, const QStringList &periods)
{
    QString error;
    const QMap<QString, Counts> expected = independentCounts(file, periods, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const KpiEngine engine(bostonUnits(), KpiSettings { 1 });
    for (const QString &key : periods) {
        QString why;
        const std::optional<KpiPeriod> period = KpiPeriod::parse(key, &why);
        QVERIFY2(period, qPrintable(why));
        const KpiTable t = engine.compute(cases, {}, *period, kAsOf);
        const KpiFigure closure = t.figure(kTownship, Kpi::ClosureRate);
        const KpiFigure onTime = t.figure(kTownship, Kpi::OnTimeClosureRate);
        const Counts c = expected.value(key);
        qInfo("%s  closure rate: engine %lld / %lld = %s, raw file %lld / %lld = %s;  "
              "on-time closure rate: engine %lld / %lld = %s, raw file %lld / %lld = %s",
            qPrintable(key), closure.numerator, closure.denominator,
            qPrintable(percent(closure.numerator, closure.denominator)), c.closed, c.due,
            qPrintable(percent(c.closed, c.due)), onTime.numerator, onTime.denominator,
            qPrintable(percent(onTime.numerator, onTime.denominator)), c.onTime, c.due,
            qPrintable(percent(c.onTime, c.due)));
        for (const QString &unit : { kTownship, kCommunity, kGrid }) {
            const QString where = key + QLatin1Char(' ') + unit;
            QCOMPARE(t.figure(unit, Kpi::ClosureRate).denominator, c.due);
            QCOMPARE(t.figure(unit, Kpi::ClosureRate).numerator, c.closed);
            QCOMPARE(t.figure(unit, Kpi::OnTimeClosureRate).denominator, c.due);
            QVERIFY2(t.figure(unit, Kpi::OnTimeClosureRate).numerator == c.onTime, qPrintable(where));
        }
    }
}

} // namespace

class TestBoston311 : public QObject
{
    Q_OBJECT

    QString m_file;
    Boston311Log m_log;

private Q_SLOTS:
    void initTestCase()
    {
        m_file = QStringLiteral(GRIDDESK_SHARED_DATA "/boston311_2015_all.csv.gz");
        if (!QFile::exists(m_file))
            return; // the log's own tests skip, naming the missing file
        m_log = Boston311Log::read(m_file, kGrid, kCommunity, kTownship);
    }

    void readsEveryRequestWithItsQuirks()
    {
        if (!QFile::exists(m_file))
            QSKIP(qPrintable(QStringLiteral("the shared Boston 311 log is not there: %1").arg(m_file)));
        QVERIFY2(m_log.error.isEmpty(), qPrintable(m_log.error));
        QVERIFY2(m_log.skipped.isEmpty(), qPrintable(m_log.skipped.mid(0, 5).join(QLatin1Char('\n'))));
        QCOMPARE(m_log.rows, 121145);
        QCOMPARE(m_log.cases.size(), 121145);
        // The quirks the shared data's README names.
        QCOMPARE(m_log.withoutDeadline, 26991);
        QCOMPARE(m_log.closedBeforeOpened, 197);
        QCOMPARE(m_log.withoutPlace, 17070);
        qInfo("read %d requests: %d without TARGET_DT, %d closed before they opened, %d without a place", m_log.rows,
            m_log.withoutDeadline, m_log.closedBeforeOpened, m_log.withoutPlace);
    }

    void closureRatesEqualAnIndependentCountOfTheRawFile()
    {
        if (!QFile::exists(m_file))
            QSKIP(qPrintable(QStringLiteral("the shared Boston 311 log is not there: %1").arg(m_file)));
        QVERIFY2(m_log.error.isEmpty(), qPrintable(m_log.error));
        QStringList periods { QStringLiteral("2015"), QStringLiteral("2015-Q2") };
        for (int month = 1; month <= 12; ++month)
            periods << QStringLiteral("2015-%1").arg(month, 2, 10, QLatin1Char('0'));
        compareRoutes(m_file, m_log.cases, periods);
    }

    // Hand-written rows at the edges, where a reader most easily goes wrong;
    // both routes must count them the same way, and as worked out here.
    void bothRoutesAgreeAtTheEdges()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("edges.csv.gz"));
        const QByteArray header = ",CASE_ENQUIRY_ID,OPEN_DT,TARGET_DT,CLOSED_DT,CASE_STATUS,TYPE,Department,Location,"
                                  "LATITUDE,LONGITUDE,Source\n";
        const QByteArray rows =
            // 1 due at June's first second, closed at its deadline: due, closed, on time
            "0,1,05/20/2015 09:00:00 AM,06/01/2015 12:00:00 AM,06/01/2015 12:00:00 AM,Closed,Pothole,PWDx,"
            "\"1 Main St, Boston\",42.35,-71.06,Constituent Call\n"
            // 2 due at May's last second: not June's
            "1,2,05/20/2015 09:00:00 AM,05/31/2015 11:59:59 PM,05/31/2015 11:00:00 AM,Closed,Pothole,PWDx,,,,Twitter\n"
            // 3 due at noon on 30 June, closed a second late, still in June
            "2,3,06/02/2015 09:00:00 AM,06/30/2015 12:00:00 PM,06/30/2015 12:00:01 PM,Closed,Graffiti,PWDx,,"
            "42.3594,-71.0587,Self Service\n"
            // 4 due on 30 June, closed at July's first second: not closed by June's end
            "3,4,06/02/2015 09:00:00 AM,06/30/2015 11:00:00 PM,07/01/2015 12:00:00 AM,Closed,Graffiti,PWDx,,,,\n"
            // 5 due in June, still open
            "4,5,06/02/2015 09:00:00 AM,06/15/2015 12:30:00 AM,,Open,Graffiti,PWDx,,,,City Worker App\n"
            // 6 no deadline: never due
            "5,6,06/02/2015 09:00:00 AM,,06/03/2015 09:00:00 AM,Closed,Graffiti,PWDx,,,,Employee Generated\n"
            // 7 closed before it opened, due in June: counted as the log says
            "6,7,06/10/2015 09:00:00 AM,06/12/2015 09:00:00 AM,06/09/2015 09:00:00 AM,Closed,Graffiti,PWDx,"
            "\"a \"\"quoted\"\" place\",42.3,-71.1,Citizens Connect App\n";
        QVERIFY(writeGzip(file, header + rows));
        const Boston311Log log = Boston311Log::read(file, kGrid, kCommunity, kTownship);
        QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
        QVERIFY2(log.skipped.isEmpty(), qPrintable(log.skipped.join(QLatin1Char('\n'))));
        QCOMPARE(log.cases.size(), 7);
        QCOMPARE(log.withoutDeadline, 1);
        QCOMPARE(log.closedBeforeOpened, 1);
        QCOMPARE(log.withoutPlace, 5); // 2 4 5 6 without coordinates, 3 at the city's default point
        QCOMPARE(log.cases[0].address, QStringLiteral("1 Main St, Boston"));
        QCOMPARE(log.cases[6].address, QStringLiteral("a \"quoted\" place"));
        QCOMPARE(log.cases[0].source, IncidentSource::Phone);
        QCOMPARE(log.cases[6].source, IncidentSource::Online);
        QCOMPARE(log.cases[4].state, IncidentState::Handling);
        QCOMPARE(log.cases[0].deadlineAt, QDateTime(QDate(2015, 5, 31), QTime(16, 0), Qt::UTC));
        QCOMPARE(log.cases[2].deadlineAt, QDateTime(QDate(2015, 6, 30), QTime(4, 0), Qt::UTC));

        const KpiEngine engine(bostonUnits(), KpiSettings { 1 });
        const KpiTable june = engine.compute(log.cases, {}, KpiPeriod::month(2015, 6), kAsOf);
        // Due in June: 1 3 4 5 7; closed by its end: 1 3 7; on time: 1 7.
        QCOMPARE(june.figure(kTownship, Kpi::ClosureRate).denominator, 5);
        QCOMPARE(june.figure(kTownship, Kpi::ClosureRate).numerator, 3);
        QCOMPARE(june.figure(kTownship, Kpi::OnTimeClosureRate).numerator, 2);
        compareRoutes(
            file, log.cases, { QStringLiteral("2015-05"), QStringLiteral("2015-06"), QStringLiteral("2015") });
    }

    void badRowsAreNamedAndLeftOut()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("bad.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(",CASE_ENQUIRY_ID,OPEN_DT,TARGET_DT,CLOSED_DT,CASE_STATUS,TYPE,Department,Location,LATITUDE,"
                "LONGITUDE,Source\n"
                "0,11,05/20/2015 09:00:00 AM,,,Open,Pothole,PWDx,,,,\n"
                "1,12,2015-05-20 09:00,,,Open,Pothole,PWDx,,,,\n"
                "2,13,05/20/2015 09:00:00 AM,,,Pending,Pothole,PWDx,,,,\n"
                "3,14,05/20/2015 09:00:00 AM,02/30/2015 09:00:00 AM,,Open,Pothole,PWDx,,,,\n"
                "4,15,05/20/2015 09:00:00 AM,,,Open\n");
        f.close();
        const Boston311Log log = Boston311Log::read(file, kGrid, kCommunity, kTownship);
        QVERIFY(log.error.isEmpty());
        QCOMPARE(log.rows, 5);
        QCOMPARE(log.cases.size(), 1);
        QCOMPARE(log.skipped.size(), 4);
        QVERIFY2(log.skipped[0].startsWith(QStringLiteral("row 2 (CASE_ENQUIRY_ID 12), OPEN_DT:")),
            qPrintable(log.skipped[0]));
        QVERIFY2(log.skipped[1].contains(QStringLiteral("CASE_STATUS: 'Pending'")), qPrintable(log.skipped[1]));
        QVERIFY2(log.skipped[2].startsWith(QStringLiteral("row 4 (CASE_ENQUIRY_ID 14), TARGET_DT:")),
            qPrintable(log.skipped[2]));
        QVERIFY2(
            log.skipped[3].contains(QStringLiteral("6 fields where the header has 12")), qPrintable(log.skipped[3]));

        const Boston311Log missing
            = Boston311Log::read(dir.filePath(QStringLiteral("none.csv.gz")), kGrid, kCommunity, kTownship);
        QVERIFY(missing.error.contains(QStringLiteral("cannot open")));
        QFile noColumns(dir.filePath(QStringLiteral("other.csv")));
        QVERIFY(noColumns.open(QIODevice::WriteOnly));
        noColumns.write("a,b\n1,2\n");
        noColumns.close();
        const Boston311Log other = Boston311Log::read(noColumns.fileName(), kGrid, kCommunity, kTownship);
        QVERIFY2(other.error.contains(QStringLiteral("has no column CASE_ENQUIRY_ID")), qPrintable(other.error));
        QVERIFY(other.cases.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBoston311)
#include "test_boston311.moc"
