// Division codes: levels, validity, parents and grid codes.
#include "DivisionCode.h"

#include <QTest>

using namespace griddesk;

class TestDivisionCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void levels_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("level");
        QTest::newRow("district") << "371102000000" << true << int(AdminLevel::District);
        QTest::newRow("township") << "371102002000" << true << int(AdminLevel::Township);
        QTest::newRow("community") << "371102002017" << true << int(AdminLevel::Community);
        QTest::newRow("grid") << "371102002017003" << true << int(AdminLevel::Grid);
        QTest::newRow("grid seq 000") << "371102002017000" << false << 0;
        QTest::newRow("grid of township") << "371102002000001" << false << 0;
        QTest::newRow("province") << "370000000000" << false << 0;
        QTest::newRow("short") << "37110200201" << false << 0;
        QTest::newRow("letters") << "37110200201X" << false << 0;
        QTest::newRow("empty") << "" << false << 0;
        QTest::newRow("fullwidth digits") << QString::fromUtf8("３７１１０２００２０１７") << false << 0;
    }
    void levels()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QFETCH(int, level);
        AdminLevel l = AdminLevel::District;
        QCOMPARE(divisioncode::levelOf(code, &l), valid);
        if (valid)
            QCOMPARE(int(l), level);
    }
    void parents()
    {
        QCOMPARE(divisioncode::parentOf(QStringLiteral("371102002017003")), QStringLiteral("371102002017"));
        QCOMPARE(divisioncode::parentOf(QStringLiteral("371102002017")), QStringLiteral("371102002000"));
        QCOMPARE(divisioncode::parentOf(QStringLiteral("371102002000")), QStringLiteral("371102000000"));
        QCOMPARE(divisioncode::parentOf(QStringLiteral("371102000000")), QStringLiteral("371100000000"));
        QCOMPARE(divisioncode::parentOf(QStringLiteral("bad")), QString());
    }
    void gridCodes()
    {
        QCOMPARE(divisioncode::gridCode(QStringLiteral("371102002017"), 7), QStringLiteral("371102002017007"));
        QVERIFY(divisioncode::isValid(divisioncode::gridCode(QStringLiteral("371102002017"), 42), AdminLevel::Grid));
        QVERIFY(!divisioncode::isValid(QStringLiteral("371102002017"), AdminLevel::Grid));
    }
};

QTEST_GUILESS_MAIN(TestDivisionCode)
#include "test_divisioncode.moc"
