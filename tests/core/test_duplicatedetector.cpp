// Possible duplicates: same category nearby within the time window, or the
// same parties named; rejected and merged cases never match.
#include "DuplicateDetector.h"

#include <QTest>

using namespace griddesk;

namespace {
const GeoPoint kHere{119.5300, 35.3900};

Incident existing(qint64 id, double dxMetres, int hoursBefore, const QString &category = QStringLiteral("property_dispute"))
{
    Incident i;
    i.id = id;
    i.code = QStringLiteral("E-%1").arg(id);
    i.categoryCode = category;
    // About 90.8 km per degree of longitude at 35.39° N.
    i.location = {kHere.x + dxMetres / 90800.0, kHere.y};
    i.reportedAt = QDateTime(QDate(2026, 3, 10), QTime(10, 0), Qt::UTC).addSecs(-hoursBefore * 3600);
    i.state = IncidentState::Handling;
    return i;
}

NewIncident report()
{
    NewIncident n;
    n.location = kHere;
    n.categoryCode = QStringLiteral("property_dispute");
    n.title = QStringLiteral("停车位纠纷");
    n.reportedAt = QDateTime(QDate(2026, 3, 10), QTime(10, 0), Qt::UTC);
    return n;
}
} // namespace

class TestDuplicateDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nearbySameCategoryWithinWindow()
    {
        const DuplicateDetector d(DuplicateSettings{300.0, 72, 90});
        const QVector<Incident> all = {
            existing(1, 250, 10),                                  // match
            existing(2, 100, 70),                                  // match, nearer
            existing(3, 400, 5),                                   // too far
            existing(4, 50, 80),                                   // too long ago
            existing(5, 50, 2, QStringLiteral("labour_dispute")),  // other category
        };
        const QVector<DuplicateCandidate> found = d.find(report(), all);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].incidentId, qint64(2));
        QCOMPARE(found[1].incidentId, qint64(1));
        QVERIFY(std::abs(found[0].distanceMetres - 100.0) < 2.0);
        QVERIFY(!found[0].sameParties);
        QVERIFY(!found[0].reason.isEmpty());
    }

    void sameParties()
    {
        const DuplicateDetector d;
        NewIncident n = report();
        n.categoryCode = QStringLiteral("petition");
        n.parties = QStringList{QStringLiteral("张 三"), QStringLiteral("Li Si")};
        Incident far = existing(7, 5000, 24 * 20, QStringLiteral("neighbourhood_dispute"));
        far.parties = QStringList{QStringLiteral("张三")};
        Incident case8 = existing(8, 6000, 24 * 3, QStringLiteral("family_dispute"));
        case8.parties = QStringList{QStringLiteral("li si")};
        Incident old = existing(9, 10, 24 * 200, QStringLiteral("petition"));
        old.parties = QStringList{QStringLiteral("张三")};
        const QVector<DuplicateCandidate> found = d.find(n, {far, case8, old});
        QCOMPARE(found.size(), 2);
        QVERIFY(found[0].sameParties && found[1].sameParties);
        QVERIFY(found[0].reason.contains(QStringLiteral("张三")));
    }

    void closedOutCasesNeverMatch()
    {
        const DuplicateDetector d;
        Incident rejected = existing(1, 10, 1);
        rejected.state = IncidentState::Rejected;
        Incident merged = existing(2, 10, 1);
        merged.state = IncidentState::Merged;
        Incident closed = existing(3, 10, 1);
        closed.state = IncidentState::Closed; // a recent closed case may well be reported again
        const QVector<DuplicateCandidate> found = d.find(report(), {rejected, merged, closed});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].incidentId, qint64(3));
    }
};

QTEST_GUILESS_MAIN(TestDuplicateDetector)
#include "test_duplicatedetector.moc"
