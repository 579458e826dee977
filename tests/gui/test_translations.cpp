// The zh_CN translation is complete: every string in the sources is in the
// .ts file and translated, and every legend label the map styles use is too.
#include "AppResources.h"
#include "Language.h"
#include "LayerStyles.h"
#include "QgisTestMain.h"

#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace griddesk;

namespace {
const QString kTs = QStringLiteral(GRIDDESK_SOURCE_DIR "/resources/translations/griddesk_zh_CN.ts");

int unfinished(const QString &tsPath, QStringList *examples)
{
    QFile f(tsPath);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    QDomDocument doc;
    if (!doc.setContent(&f))
        return -1;
    int count = 0;
    const QDomNodeList messages = doc.elementsByTagName(QStringLiteral("message"));
    for (int i = 0; i < messages.size(); ++i) {
        const QDomElement m = messages.at(i).toElement();
        const QDomElement t = m.firstChildElement(QStringLiteral("translation"));
        const bool empty = t.text().trimmed().isEmpty();
        if (t.attribute(QStringLiteral("type")) == QLatin1String("unfinished") || empty) {
            ++count;
            if (examples->size() < 10)
                *examples << m.firstChildElement(QStringLiteral("source")).text();
        }
    }
    return count;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void committedFileIsComplete()
    {
        QStringList examples;
        const int n = unfinished(kTs, &examples);
        QVERIFY2(n == 0, qPrintable(examples.join(QStringLiteral(" | "))));
    }

    void coversEveryStringInTheSources()
    {
        const QString lupdate = QStandardPaths::findExecutable(QStringLiteral("lupdate"));
        if (lupdate.isEmpty())
            QSKIP("lupdate is not installed");
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("check.ts"));
        QVERIFY(QFile::copy(kTs, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess p;
        p.start(lupdate, {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                          QStringLiteral(GRIDDESK_SOURCE_DIR "/src"), QStringLiteral(GRIDDESK_SOURCE_DIR "/ui"),
                          QStringLiteral("-ts"), copy});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QStringList examples;
        const int n = unfinished(copy, &examples);
        QVERIFY2(n == 0, qPrintable(QStringLiteral("untranslated: ") + examples.join(QStringLiteral(" | "))));
    }

    void legendLabelsAreTranslated()
    {
        app::language::install(QStringLiteral("zh_CN"));
        // Every rule label in the shipped styles is in the translated list…
        const QStringList known = map::legendLabels();
        const QRegularExpression label(QStringLiteral("<rule [^>]*label=\"([^\"]+)\""));
        int rules = 0;
        for (const QString &file : QDir(QStringLiteral(GRIDDESK_SOURCE_DIR "/maps")).entryList({QStringLiteral("*.qml")})) {
            QFile f(QStringLiteral(GRIDDESK_SOURCE_DIR "/maps/") + file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            auto it = label.globalMatch(text);
            while (it.hasNext()) {
                const QString l = it.next().captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
                ++rules;
                QVERIFY2(known.contains(l), qPrintable(file + QStringLiteral(": ") + l));
            }
        }
        QVERIFY(rules >= 12);
        // …and each has a Chinese translation.
        for (const QString &l : known) {
            const QString zh = QCoreApplication::translate("MapLegend", l.toUtf8().constData());
            QVERIFY2(zh != l && zh.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))), qPrintable(l));
        }
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestTranslations, griddesk::app::initResources)
#include "test_translations.moc"
