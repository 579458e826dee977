// Citizen ID numbers (GB 11643, ISO 7064 MOD 11-2), phone numbers, masking,
// and password hashing for local sign-in.
#include "NewIncidentValidator.h"
#include "PasswordHash.h"
#include "PersonalData.h"

#include <QTest>

using namespace griddesk;

class TestPersonalData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idNumbers_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("check digit X") << "11010519491231002X" << true;
        QTest::newRow("lower-case x") << "11010519491231002x" << true;
        QTest::newRow("digit check") << "440524198001010013" << true;
        QTest::newRow("rizhao, check 9") << "371102199003071239" << true;
        QTest::newRow("wrong check digit") << "110105194912310021" << false;
        QTest::newRow("one digit changed") << "11010519491231003X" << false;
        QTest::newRow("bad birth date") << "110105194902300021" << false;
        QTest::newRow("future birth") << "110105209901010011" << false;
        QTest::newRow("17 characters") << "11010519491231002" << false;
        QTest::newRow("leading zero") << "01010519491231002X" << false;
        QTest::newRow("letters") << "1101051949123100AX" << false;
    }
    void idNumbers()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(personaldata::isValidIdNumber(id), valid);
    }

    void checkCharacterFollowsMod11_2()
    {
        // Weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; sum mod 11 → 1 0 X 9 8 7 6 5 4 3 2.
        QCOMPARE(personaldata::idCheckCharacter(QStringLiteral("11010519491231002")), QLatin1Char('X'));
        QCOMPARE(personaldata::idCheckCharacter(QStringLiteral("44052419800101001")), QLatin1Char('3'));
        QCOMPARE(personaldata::idCheckCharacter(QStringLiteral("37110219900307123")), QLatin1Char('9'));
    }

    void phones_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("valid");
        QTest::newRow("mobile") << "13812345678" << true;
        QTest::newRow("mobile with +86 and spaces") << "+86 138 1234 5678" << true;
        QTest::newRow("landline with dash") << "0633-8781234" << true;
        QTest::newRow("landline without dash") << "06338781234" << true;
        QTest::newRow("mobile too short") << "1381234567" << false;
        QTest::newRow("mobile 12 prefix") << "12812345678" << false;
        QTest::newRow("letters") << "1381234567a" << false;
        QTest::newRow("no area code") << "8781234" << false;
    }
    void phones()
    {
        QFETCH(QString, phone);
        QFETCH(bool, valid);
        QCOMPARE(personaldata::isValidPhone(phone), valid);
    }

    void masking()
    {
        QCOMPARE(personaldata::maskIdNumber(QStringLiteral("37110219900307123X")), QStringLiteral("3711**********123X"));
        QCOMPARE(personaldata::maskPhone(QStringLiteral("13812345678")), QStringLiteral("138****5678"));
        QCOMPARE(personaldata::maskPhone(QStringLiteral("0633-8781234")), QStringLiteral("063*****1234"));
        // Masking a masked value changes nothing, and empty stays empty.
        QCOMPARE(personaldata::maskIdNumber(QStringLiteral("3711**********123X")), QStringLiteral("3711**********123X"));
        QCOMPARE(personaldata::maskPhone(QString()), QString());
        // Names keep their first character only; a one-character name still hides that there is more.
        QCOMPARE(personaldata::maskName(QStringLiteral("张三丰")), QStringLiteral("张**"));
        QCOMPARE(personaldata::maskName(QStringLiteral(" 李 ")), QStringLiteral("李*"));
        QCOMPARE(personaldata::maskName(QStringLiteral("𠀋一")), QStringLiteral("𠀋*"));
        QCOMPARE(personaldata::maskName(QString()), QString());
    }

    void validatorNamesTheField()
    {
        NewIncident n;
        n.location = {119.53, 35.39};
        n.categoryCode = QStringLiteral("security_hazard");
        n.title = QStringLiteral("井盖缺失");
        n.reporterPhone = QStringLiteral("12345");
        n.reporterIdNumber = QStringLiteral("110105194912310021");
        QStringList fields;
        for (const FieldError &e : NewIncidentValidator({QStringLiteral("security_hazard")}).validate(n))
            fields << e.field;
        QCOMPARE(fields, (QStringList{QStringLiteral("reporter_phone"), QStringLiteral("reporter_id_number")}));
        n.reporterPhone = QStringLiteral("13812345678");
        n.reporterIdNumber = QStringLiteral("11010519491231002X");
        QVERIFY(NewIncidentValidator({QStringLiteral("security_hazard")}).validate(n).isEmpty());
    }

    void pbkdf2MatchesTheStandardVectors()
    {
        // RFC 7914 section 11 (PBKDF2-HMAC-SHA256).
        QCOMPARE(passwordhash::pbkdf2Sha256("passwd", "salt", 1, 64).toHex(),
                 QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                            "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"));
        QCOMPARE(passwordhash::pbkdf2Sha256("Password", "NaCl", 80000, 64).toHex(),
                 QByteArray("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                            "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d"));
    }

    void passwordHashes()
    {
        const QString encoded = passwordhash::hash(QStringLiteral("正确的密码 horse battery"), 1000);
        QVERIFY(encoded.startsWith(QStringLiteral("pbkdf2-sha256$1000$")));
        QVERIFY(passwordhash::verify(QStringLiteral("正确的密码 horse battery"), encoded));
        QVERIFY(!passwordhash::verify(QStringLiteral("正确的密码 horse batterY"), encoded));
        // Salted: the same password never gives the same hash.
        QVERIFY(passwordhash::hash(QStringLiteral("x"), 1000) != passwordhash::hash(QStringLiteral("x"), 1000));
        QVERIFY(!passwordhash::verify(QStringLiteral("x"), QStringLiteral("sha256$abc")));
        QVERIFY(!passwordhash::verify(QStringLiteral("x"), QString()));
        QVERIFY(passwordhash::kIterations >= 300000);
    }
};

QTEST_GUILESS_MAIN(TestPersonalData)
#include "test_personaldata.moc"
