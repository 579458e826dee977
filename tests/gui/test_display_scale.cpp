// The display scale for screens that report the wrong DPI: --scale on the
// command line (read before the application object exists, among Qt's own
// options), the typed setting and its bounds, which of the two wins, the
// environment Qt reads, and the View > Display Scale dialog that keeps it.
#include "AppResources.h"
#include "AppSettings.h"
#include "ConsoleOptions.h"
#include "DisplayScale.h"
#include "DisplayScaleDialog.h"
#include "QgisTestMain.h"

#include <QComboBox>
#include <QSettings>

using namespace griddesk::app;

class TestDisplayScale : public QObject
{
    Q_OBJECT

    static QStringList args(const char *line)
    {
        return QString::fromUtf8(line).split(QLatin1Char(' '));
    }

private Q_SLOTS:
    void init() { QSettings().clear(); }

    void commandLine()
    {
        QCOMPARE(ConsoleOptions::parse(args("griddesk --scale 1.5")).scale, 1.5);
        QCOMPARE(ConsoleOptions::parse(args("griddesk --scale=150%")).scale, 1.5);
        QCOMPARE(ConsoleOptions::parse(args("griddesk demo.gpkg --scale 2 --lang en")).scale, 2.0);
        QCOMPARE(ConsoleOptions::parse(args("griddesk demo.gpkg")).scale, 0.0);
        for (const char *bad : {"griddesk --scale 9", "griddesk --scale 0", "griddesk --scale big", "griddesk --scale=-1",
                                "griddesk --scale"}) {
            const ConsoleOptions o = ConsoleOptions::parse(args(bad));
            QVERIFY2(o.error.contains(QStringLiteral("--scale")), bad);
        }
        // Before the application exists Qt's own options are still there.
        QCOMPARE(ConsoleOptions::scaleArgument(args("griddesk -platform xcb --scale 1.75 demo.gpkg")), 1.75);
        QCOMPARE(ConsoleOptions::scaleArgument(args("griddesk -platform xcb demo.gpkg")), 0.0);
        QCOMPARE(ConsoleOptions::scaleArgument(args("griddesk --scale huge")), 0.0);
        QVERIFY(ConsoleOptions::usage().contains(QStringLiteral("--scale")));
    }

    void benchmarkSwitches()
    {
        const ConsoleOptions now = ConsoleOptions::parse(args("griddesk demo.gpkg --quit-after-first-paint"));
        QVERIFY(now.quitAfterFirstPaint);
        QCOMPARE(now.quitDelayMs, 0);
        const ConsoleOptions later = ConsoleOptions::parse(args("griddesk --quit-after-first-paint=15000 demo.gpkg"));
        QVERIFY(later.quitAfterFirstPaint);
        QCOMPARE(later.quitDelayMs, 15000);
        QVERIFY(later.error.isEmpty());
        for (const char *bad : {"griddesk --quit-after-first-paint=soon", "griddesk --quit-after-first-paint=-5"}) {
            const ConsoleOptions o = ConsoleOptions::parse(args(bad));
            QVERIFY2(o.error.contains(QStringLiteral("--quit-after-first-paint")), bad);
        }
        QVERIFY(!ConsoleOptions::parse(args("griddesk demo.gpkg")).quitAfterFirstPaint);
    }

    void settingRoundTrips()
    {
        QCOMPARE(settings::displayScale(), 0.0); // follows the screen by default
        settings::setDisplayScale(1.5);
        QCOMPARE(settings::displayScale(), 1.5);
        QCOMPARE(QSettings().value(QStringLiteral("display/scale")).toDouble(), 1.5);
        settings::setDisplayScale(0);
        QCOMPARE(settings::displayScale(), 0.0);
        // Out of bounds, through the setter or edited into the file: the screen decides.
        settings::setDisplayScale(12);
        QCOMPARE(settings::displayScale(), 0.0);
        QSettings().setValue(QStringLiteral("display/scale"), QStringLiteral("nonsense"));
        QCOMPARE(settings::displayScale(), 0.0);
    }

    void theCommandLineWinsOverTheSetting()
    {
        displayscale::Choice c = displayscale::choose(args("griddesk"));
        QCOMPARE(c.factor, 0.0);
        QCOMPARE(c.source, displayscale::Source::Screen);
        settings::setDisplayScale(1.25);
        c = displayscale::choose(args("griddesk"));
        QCOMPARE(c.factor, 1.25);
        QCOMPARE(c.source, displayscale::Source::Setting);
        c = displayscale::choose(args("griddesk --scale 2"));
        QCOMPARE(c.factor, 2.0);
        QCOMPARE(c.source, displayscale::Source::CommandLine);
    }

    void prepareTellsQt()
    {
        const QByteArray before = qgetenv("QT_SCALE_FACTOR");
        settings::setDisplayScale(1.5);
        char program[] = "griddesk";
        char *argv[] = {program};
        QCOMPARE(displayscale::prepare(1, argv).factor, 1.5);
        QCOMPARE(qgetenv("QT_SCALE_FACTOR"), QByteArray("1.5"));
        QCOMPARE(displayscale::current().source, displayscale::Source::Setting);
        qputenv("QT_SCALE_FACTOR", before);
    }

    void theDialogKeepsTheScale()
    {
        settings::setDisplayScale(1.25);
        {
            DisplayScaleDialog dialog;
            QCOMPARE(dialog.scaleCombo()->currentData().toDouble(), 1.25);
            dialog.scaleCombo()->setCurrentIndex(dialog.scaleCombo()->findData(2.0));
            dialog.accept();
        }
        QCOMPARE(settings::displayScale(), 2.0);
        {
            DisplayScaleDialog dialog;
            dialog.scaleCombo()->setCurrentIndex(0); // automatic
            dialog.reject();
        }
        QCOMPARE(settings::displayScale(), 2.0); // cancelled
        {
            DisplayScaleDialog dialog;
            dialog.scaleCombo()->setCurrentIndex(0);
            dialog.accept();
        }
        QCOMPARE(settings::displayScale(), 0.0);
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestDisplayScale, griddesk::app::initResources)
#include "test_display_scale.moc"
