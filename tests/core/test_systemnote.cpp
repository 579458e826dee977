// System notes: stored as a code plus parameters, rendered in the reader's
// language (English, and Chinese through the shipped zh_CN catalogue); the
// monitor's texts of older versions are recognised; people's notes pass through.
#include "SystemNote.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTranslator>

using namespace griddesk;

class TestSystemNote : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_since = QDateTime(QDate(2026, 11, 20), QTime(1, 30), Qt::UTC); // 09:30 in China

private Q_SLOTS:
    void storedFormIsACodeWithParameters()
    {
        const QString stored = SystemNote::overdueEscalated(2, m_since, AdminLevel::Community).toStored();
        QVERIFY2(stored.startsWith(QLatin1String("{\"code\":\"overdue_escalated\"")), qPrintable(stored));
        const QJsonObject o = QJsonDocument::fromJson(stored.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("days")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("level")).toInt(), int(AdminLevel::Community));
        QCOMPARE(QDateTime::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODate), m_since);
        QVERIFY(!stored.contains(QLatin1String("Community")));

        const std::optional<SystemNote> back = SystemNote::fromStored(stored);
        QVERIFY(back);
        QCOMPARE(back->kind(), SystemNote::Kind::OverdueEscalated);
        QCOMPARE(back->graceDays(), 2);
        QCOMPARE(back->since(), m_since);
        QCOMPARE(*back->level(), AdminLevel::Community);
    }

    void peoplesNotesPassThrough_data()
    {
        QTest::addColumn<QString>("note");
        QTest::newRow("chinese") << QStringLiteral("已联系当事人，现场了解情况");
        QTest::newRow("english") << QStringLiteral("Overdue since yesterday, says the caller");
        QTest::newRow("json-like") << QStringLiteral("{\"code\": broken");
        QTest::newRow("empty") << QString();
    }

    void peoplesNotesPassThrough()
    {
        QFETCH(QString, note);
        QVERIFY(!SystemNote::fromStored(note));
        QCOMPARE(SystemNote::render(note), note);
    }

    void rendersInEnglish()
    {
        QCOMPARE(SystemNote::render(SystemNote::overdueSupervised(m_since).toStored()),
                 QStringLiteral("Overdue since 2026-11-20 09:30: supervised automatically"));
        QCOMPARE(SystemNote::render(SystemNote::overdueEscalated(2, m_since, AdminLevel::Community).toStored()),
                 QStringLiteral("Still overdue 2 working day(s) after 2026-11-20 09:30: escalated to the Community level"));
        QCOMPARE(SystemNote::renderActor(SystemNote::monitorActor()), QStringLiteral("Time-limit monitor"));
        QCOMPARE(SystemNote::render(QStringLiteral("{\"code\":\"camera_offline\"}")),
                 QStringLiteral("System note (camera_offline)"));
    }

    // Rows written before notes were codes: the English text, the same text
    // through the zh_CN catalogue, and the demo's own wording.
    void recognisesLegacyTexts_data()
    {
        QTest::addColumn<QString>("legacy");
        QTest::addColumn<QString>("english");
        const QString escalated =
            QStringLiteral("Still overdue 2 working day(s) after 2026-11-20 09:30: escalated to the Community level");
        const QString supervised = QStringLiteral("Overdue since 2026-11-20 09:30: supervised automatically");
        QTest::newRow("en escalated") << escalated << escalated;
        QTest::newRow("en supervised") << supervised << supervised;
        QTest::newRow("zh escalated") << QStringLiteral("自 2026-11-20 09:30 起超期 2 个工作日仍未办结，已上报至社区/村一级")
                                      << escalated;
        QTest::newRow("zh supervised") << QStringLiteral("自 2026-11-20 09:30 起超期，已自动督办") << supervised;
        QTest::newRow("demo escalated") << QStringLiteral("超期后宽限期内仍未办结，自动上报上级")
                                        << QStringLiteral("Still overdue after the grace period: escalated to the next level");
        QTest::newRow("demo supervised") << QStringLiteral("已超过办理时限，自动督办")
                                         << QStringLiteral("Overdue: supervised automatically");
    }

    void recognisesLegacyTexts()
    {
        QFETCH(QString, legacy);
        QFETCH(QString, english);
        QVERIFY(SystemNote::fromStored(legacy));
        QCOMPARE(SystemNote::render(legacy), english);
    }

    void rendersInChinese()
    {
        QTranslator zh;
        QVERIFY2(zh.load(QStringLiteral(GRIDDESK_ZH_QM)), GRIDDESK_ZH_QM);
        QVERIFY(QCoreApplication::installTranslator(&zh));
        const QString escalated = SystemNote::render(SystemNote::overdueEscalated(2, m_since, AdminLevel::Community).toStored());
        const QString supervised = SystemNote::render(SystemNote::overdueSupervised(m_since).toStored());
        const QString legacy = SystemNote::render(
            QStringLiteral("Still overdue 3 working day(s) after 2026-11-20 09:30: escalated to the Township level"));
        const QString demo = SystemNote::render(QStringLiteral("超期后宽限期内仍未办结，自动上报上级"));
        const QString actor = SystemNote::renderActor(QStringLiteral("Time-limit monitor"));
        QCoreApplication::removeTranslator(&zh);
        QCOMPARE(escalated, QStringLiteral("自 2026-11-20 09:30 起超期 2 个工作日仍未办结，已上报至社区/村一级"));
        QCOMPARE(supervised, QStringLiteral("自 2026-11-20 09:30 起超期，已自动督办"));
        QCOMPARE(legacy, QStringLiteral("自 2026-11-20 09:30 起超期 3 个工作日仍未办结，已上报至乡镇/街道一级"));
        QCOMPARE(demo, QStringLiteral("超期后宽限期内仍未办结，已自动上报上一级"));
        QCOMPARE(actor, QStringLiteral("时限监控"));
    }
};

QTEST_GUILESS_MAIN(TestSystemNote)
#include "test_systemnote.moc"
