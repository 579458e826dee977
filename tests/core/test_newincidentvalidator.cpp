// Validation of new reports names the field at fault.
#include "CategoryCatalog.h"
#include "NewIncidentValidator.h"

#include <QTest>

#include <limits>

using namespace griddesk;

namespace {
NewIncident valid()
{
    NewIncident n;
    n.location = {119.53, 35.39};
    n.categoryCode = QStringLiteral("neighbourhood_dispute");
    n.title = QStringLiteral("楼上漏水");
    return n;
}
QStringList fields(const QVector<FieldError> &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out << e.field;
    return out;
}
} // namespace

class TestNewIncidentValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsValid()
    {
        QVERIFY(NewIncidentValidator(categorycatalog::codes()).validate(valid()).isEmpty());
    }
    void rejectsEachField()
    {
        const NewIncidentValidator v(categorycatalog::codes());
        NewIncident n = valid();
        n.location.x = 181;
        QCOMPARE(fields(v.validate(n)), QStringList{QStringLiteral("lon")});
        n = valid();
        n.location.y = std::numeric_limits<double>::quiet_NaN();
        QCOMPARE(fields(v.validate(n)), QStringList{QStringLiteral("lat")});
        n = valid();
        n.categoryCode = QStringLiteral("ufo_sighting");
        const QVector<FieldError> e = v.validate(n);
        QCOMPARE(fields(e), QStringList{QStringLiteral("category")});
        QVERIFY(e.first().message.contains(QStringLiteral("ufo_sighting")));
        n = valid();
        n.title = QStringLiteral("   ");
        QCOMPARE(fields(v.validate(n)), QStringList{QStringLiteral("title")});
        n = valid();
        n.description = QString(NewIncidentValidator::kMaxText + 1, QLatin1Char('x'));
        QCOMPARE(fields(v.validate(n)), QStringList{QStringLiteral("description")});
    }
    void seedTaxonomyIsComplete()
    {
        // The nine category groups the policy names, each with a positive time limit.
        QCOMPARE(categorycatalog::seed().size(), 9);
        for (const IncidentCategory &c : categorycatalog::seed()) {
            QVERIFY2(c.timeLimitDays > 0, qPrintable(c.code));
            QVERIFY(!c.nameZh.isEmpty());
            QCOMPARE(categorycatalog::find(c.code), &c);
        }
        QCOMPARE(categorycatalog::find(QStringLiteral("nope")), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestNewIncidentValidator)
#include "test_newincidentvalidator.moc"
