// Presentation mode of the joint meeting, offscreen, on the demo township's
// real map layers and a slide source in memory: every item stepped through
// with the keys a keyboard and a clicker send, on the wall and on the
// presenter view; the neutral slide; leaving; the time used per item; a
// decision asked for and recorded with its deadline on the working-day
// calendar; a case that changes during the meeting; and the slides and the
// presenter view legible at 1920×1080 and 3840×2160 (nothing cut, body text
// of at least 28 px at 1080p, growing with the screen).
#include "AgendaSlidePage.h"
#include "AppResources.h"
#include "AppSettings.h"
#include "ConsoleLayers.h"
#include "DecisionDialog.h"
#include "DemoSlideSource.h"
#include "ElidedLabel.h"
#include "EndSlidePage.h"
#include "FactsPanel.h"
#include "ItemSlidePage.h"
#include "Language.h"
#include "PresentationController.h"
#include "PresentationScreenDialog.h"
#include "PresentationWindow.h"
#include "PresenterView.h"
#include "QgisTestMain.h"
#include "SlideMapView.h"
#include "SlidePreview.h"
#include "SlideWidget.h"
#include "Store.h"
#include "StoreLocation.h"
#include "TestDemo.h"

#include <QAbstractScrollArea>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>

#include <qgsvectorlayer.h>

#include <climits>
#include <memory>

using namespace griddesk;
using namespace griddesk::app;

Q_DECLARE_METATYPE(griddesk::AgendaItem)

namespace {

// 14:30 China time on a Monday.
const QDateTime kHeldAt(QDate(2026, 11, 30), QTime(6, 30), Qt::UTC);

// Why a label's text does not show in full, or empty when it does: the text
// wrapped (or not) in the label's font must fit its contents rectangle, or
// be cut on purpose with "…" and the whole text in the tooltip.
QString clipped(const QLabel *label)
{
    const QString text = label->text();
    if (text.isEmpty())
        return {};
    const QRect cr = label->contentsRect();
    const QFontMetrics fm(label->font());
    const int flags = label->wordWrap() ? Qt::TextWordWrap : Qt::TextSingleLine;
    const QRect need = fm.boundingRect(QRect(0, 0, cr.width(), INT_MAX / 4), flags, text);
    if (need.width() <= cr.width() && need.height() <= cr.height())
        return {};
    if (const auto *e = qobject_cast<const ElidedLabel *>(label); e && e->isElided() && !e->hoverText().isEmpty())
        return {};
    if (text.endsWith(QChar(0x2026)) && !label->toolTip().isEmpty())
        return {};
    return QStringLiteral("%1 \"%2\": needs %3×%4, has %5×%6")
        .arg(label->objectName(), text)
        .arg(need.width())
        .arg(need.height())
        .arg(cr.width())
        .arg(cr.height());
}

QStringList clippedLabels(const QWidget *root)
{
    QStringList out;
    const auto labels = root->findChildren<QLabel *>();
    for (const QLabel *l : labels) {
        if (!l->isVisibleTo(root) || l->window() != root->window())
            continue;
        // Labels inside the chart panel are the chart's (test_charts checks them).
        if (l->objectName().startsWith(QLatin1String("chart")))
            continue;
        const QString why = clipped(l);
        if (!why.isEmpty())
            out << why;
    }
    return out;
}

// The smallest type of the visible labels, in device pixels.
double smallestTextPx(const QWidget *root)
{
    double smallest = 1e9;
    const auto labels = root->findChildren<QLabel *>();
    for (const QLabel *l : labels) {
        if (!l->isVisibleTo(root) || l->text().isEmpty() || l->objectName().startsWith(QLatin1String("chart")))
            continue;
        if (l->objectName().startsWith(QLatin1String("slideFactBullet")))
            continue; // a bullet is a mark, not text
        smallest = std::min(smallest, QFontInfo(l->font()).pixelSize() * l->devicePixelRatioF());
    }
    return smallest;
}

bool waitRendered(SlideMapView *map)
{
    return QTest::qWaitFor([map] { return !map->isRendering() && !map->image().isNull(); }, 20000);
}

// Whether the map shows a picture (more than a few colours), not an empty canvas.
int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    return colours.size();
}

} // namespace

class TestPresentation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<map::ConsoleLayers> m_layers;
    std::unique_ptr<test::DemoSlideSource> m_source;
    qint64 m_now = 0;

    std::unique_ptr<PresentationController> startController(const QSize &wall, const QSize &presenter)
    {
        auto c = std::make_unique<PresentationController>(*m_source, m_layers.get());
        c->setClock([this] { return m_now; });
        c->startWindowed(wall, presenter);
        return c;
    }

    void key(QWidget *target, Qt::Key k) { QTest::keyClick(target, k); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<AgendaItem>();
        QSettings().clear();
        language::install(QStringLiteral("zh_CN"));
        m_path = test::createDemo(m_dir);
        m_store = GpkgStore::open(m_path);
        m_layers = std::make_unique<map::ConsoleLayers>(StoreLocation::file(m_path));
        QVERIFY2(m_layers->isValid(), qPrintable(m_layers->errorMessage()));
        Meeting meeting;
        const QVector<ItemFacts> items = test::DemoSlideSource::demoItems(*m_store, kHeldAt, &meeting);
        QCOMPARE(items.size(), 6);
        m_source = std::make_unique<test::DemoSlideSource>();
        m_source->setMeeting(meeting, items);
        m_now = kHeldAt.toMSecsSinceEpoch();
    }

    void keysStepThroughEveryItem()
    {
        auto c = startController(QSize(1920, 1080), QSize(1366, 768));
        PresentationWindow *wall = c->wall();
        PresenterView *presenter = c->presenter();
        QVERIFY(wall && presenter);
        SlideWidget *slide = wall->slide();
        const int n = m_source->count();
        QCOMPARE(c->slideCount(), n + 2);
        QCOMPARE(c->currentSlide(), 0);
        QCOMPARE(slide->kind(), SlideKind::Title);
        QCOMPARE(presenter->state().nextTitle, m_source->facts(0).title);

        // Forward with every "next" key, alternately on the wall and the presenter view.
        const Qt::Key next[] = { Qt::Key_Right, Qt::Key_Down, Qt::Key_PageDown, Qt::Key_Space };
        for (int i = 0; i < n; ++i) {
            key(i % 2 ? static_cast<QWidget *>(presenter) : static_cast<QWidget *>(wall), next[i % 4]);
            QCOMPARE(c->currentSlide(), i + 1);
            QCOMPARE(c->currentItem(), i);
            QCOMPARE(slide->kind(), SlideKind::Item);
            QCOMPARE(slide->itemPage()->facts().title, m_source->facts(i).title);
            QCOMPARE(slide->itemPage()->findChild<QLabel *>(QStringLiteral("slideTitle"))->text(),
                m_source->facts(i).title);
            QVERIFY(slide->itemPage()->isVisible());
            QCOMPARE(presenter->state().nextTitle, i + 1 < n ? m_source->facts(i + 1).title : QString());
            QCOMPARE(presenter->state().notes, m_source->facts(i).item.notes);
            QCOMPARE(slide->itemPage()->mapView()->ringedCases(), m_source->facts(i).points.size());
            // Each unit of the item is outlined, read from the console's own unit layers.
            QCOMPARE(slide->itemPage()->mapView()->outlinedUnits(), m_source->facts(i).unitCodes.size());
        }
        key(wall, Qt::Key_Right);
        QCOMPARE(slide->kind(), SlideKind::End);
        key(wall, Qt::Key_Right); // past the end stays there
        QCOMPARE(c->currentSlide(), n + 1);

        // Back with every "previous" key.
        key(presenter, Qt::Key_Left);
        QCOMPARE(c->currentSlide(), n);
        key(wall, Qt::Key_Up);
        QCOMPARE(c->currentSlide(), n - 1);
        key(wall, Qt::Key_PageUp);
        QCOMPARE(c->currentSlide(), n - 2);
        QCOMPARE(slide->itemPage()->facts().title, m_source->facts(n - 3).title);
        key(presenter, Qt::Key_Home);
        QCOMPARE(c->currentSlide(), 0);
        QCOMPARE(slide->kind(), SlideKind::Title);
        key(presenter, Qt::Key_Left); // before the title stays there
        QCOMPARE(c->currentSlide(), 0);
        key(wall, Qt::Key_End);
        QCOMPARE(c->currentSlide(), n + 1);
        QCOMPARE(slide->kind(), SlideKind::End);
        key(wall, Qt::Key_Home);

        // B: the neutral slide and back; moving on also ends it.
        key(wall, Qt::Key_Right);
        QSignalSpy blank(c.get(), &PresentationController::blankChanged);
        key(wall, Qt::Key_B);
        QVERIFY(c->isBlank());
        QVERIFY(!slide->itemPage()->isVisible());
        QCOMPARE(slide->palette().color(QPalette::Window), QColor(Qt::black));
        QVERIFY(presenter->state().blank);
        key(presenter, Qt::Key_B);
        QVERIFY(!c->isBlank());
        QVERIFY(slide->itemPage()->isVisible());
        QCOMPARE(c->currentSlide(), 1);
        key(wall, Qt::Key_B);
        key(wall, Qt::Key_Space);
        QVERIFY(!c->isBlank());
        QCOMPARE(c->currentSlide(), 2);
        QCOMPARE(blank.count(), 4);

        // Esc leaves: both windows close.
        QSignalSpy finished(c.get(), &PresentationController::finished);
        key(presenter, Qt::Key_Escape);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!c->isRunning());
        QVERIFY(!wall->isVisible());
        QVERIFY(!presenter->isVisible());
        key(wall, Qt::Key_Right); // no longer presenting: nothing moves
        QCOMPARE(c->currentSlide(), 2);
    }

    void timeUsedPerItem()
    {
        auto c = startController(QSize(1920, 1080), QSize(1366, 768));
        QSignalSpy used(c.get(), &PresentationController::itemTimeUsed);
        const int before = m_source->facts(0).item.usedSeconds;
        m_now += 60000; // a minute on the title slide counts for no item
        key(c->wall(), Qt::Key_Right);
        m_now += 95000;
        c->presenter()->setState(c->presenter()->state()); // no effect on the figures
        key(c->wall(), Qt::Key_Right);
        QCOMPARE(used.count(), 1);
        const auto first = used.takeFirst().at(0).value<AgendaItem>();
        QCOMPARE(first.id, m_source->facts(0).item.id);
        QCOMPARE(first.usedSeconds, before + 95);
        m_now += 30000;
        // Back to the first item: its time goes on from 95 s.
        key(c->wall(), Qt::Key_Left);
        QCOMPARE(used.count(), 1);
        QCOMPARE(used.takeFirst().at(0).value<AgendaItem>().usedSeconds, m_source->facts(1).item.usedSeconds + 30);
        m_now += 10000;
        QTest::qWait(1100); // one tick of the presenter's clock
        QCOMPARE(c->presenter()->state().itemUsedSeconds, before + 105);
        QCOMPARE(c->presenter()->state().itemPlannedSeconds, m_source->facts(0).item.plannedMinutes * 60);
        QCOMPARE(c->presenter()->state().meetingUsedSeconds, before + 105 + 30);
        QCOMPARE(c->presenter()->findChild<QLabel *>(QStringLiteral("presenterItemTime"))->text(),
            QStringLiteral("01:45 / %1").arg(QStringLiteral("%1:00").arg(m_source->facts(0).item.plannedMinutes, 2, 10, QLatin1Char('0'))));
        QCOMPARE(c->presenter()->findChild<QLabel *>(QStringLiteral("presenterClock"))->text(),
            QDateTime::fromMSecsSinceEpoch(m_now).toOffsetFromUtc(8 * 3600).toString(QStringLiteral("HH:mm:ss")));
        QCOMPARE(c->meeting().agenda.at(0).usedSeconds, before + 105);
        key(c->wall(), Qt::Key_Escape);
        QCOMPARE(used.count(), 1); // leaving hands over the running item
        QCOMPARE(used.takeFirst().at(0).value<AgendaItem>().usedSeconds, before + 105);
    }

    void decisionOnTheCurrentItem()
    {
        auto c = startController(QSize(1920, 1080), QSize());
        QVERIFY(!c->presenter());
        QSignalSpy asked(c.get(), &PresentationController::decisionRequested);
        key(c->wall(), Qt::Key_D); // the title slide has no item
        QCOMPARE(asked.count(), 0);
        key(c->wall(), Qt::Key_Right);
        key(c->wall(), Qt::Key_Right);
        key(c->wall(), Qt::Key_Right);
        key(c->wall(), Qt::Key_D);
        QCOMPARE(asked.count(), 1);
        const auto item = asked.takeFirst().at(0).value<AgendaItem>();
        const ItemFacts facts = m_source->facts(2);
        QCOMPARE(item.id, facts.item.id);
        QVERIFY(c->isRunning()); // still presenting

        // The dialog the meeting module opens for it: the deadline on the calendar.
        const WorkingCalendar calendar = m_store->calendar();
        const QDateTime decidedAt(QDate(2026, 12, 31), QTime(2, 0), Qt::UTC); // a Thursday, before New Year
        DecisionDialog dialog(facts, m_store->departments(), calendar, decidedAt);
        auto *text = dialog.findChild<QPlainTextEdit *>(QStringLiteral("decisionText"));
        auto *dept = dialog.findChild<QComboBox *>(QStringLiteral("decisionDepartment"));
        auto *days = dialog.findChild<QSpinBox *>(QStringLiteral("decisionWorkingDays"));
        auto *cases = dialog.findChild<QListWidget *>(QStringLiteral("decisionCases"));
        auto *deadline = dialog.findChild<QLabel *>(QStringLiteral("decisionDeadline"));
        QVERIFY(text && dept && days && cases && deadline);
        QString why;
        QVERIFY(!dialog.isComplete(&why));
        QVERIFY(!why.isEmpty());
        text->setPlainText(QStringLiteral("社区牵头联合调处"));
        QVERIFY(!dialog.isComplete());
        dept->setCurrentIndex(2);
        QVERIFY(dialog.isComplete());
        days->setValue(3);
        const QDateTime due = calendar.addWorkingDays(decidedAt, 3);
        QCOMPARE(dialog.deadline(), due);
        const QDate lastDay = WorkingCalendar::localDay(due.addSecs(-1));
        QVERIFY2(deadline->text().contains(QLocale().toString(lastDay, QLocale::LongFormat)), qPrintable(deadline->text()));
        // Three working days after 31 December skip New Year's Day and the weekend.
        QVERIFY(lastDay >= QDate(2027, 1, 5));
        QCOMPARE(cases->count(), facts.caseIds.size());
        cases->item(0)->setCheckState(Qt::Unchecked);
        const MeetingTask task = dialog.task();
        QCOMPARE(task.decision, QStringLiteral("社区牵头联合调处"));
        QCOMPARE(task.ownerDepartment, dept->currentData().toString());
        QCOMPARE(task.workingDays, 3);
        QCOMPARE(task.dueAt, due);
        QVERIFY(task.warnAt > decidedAt && task.warnAt < due);
        QCOMPARE(task.agendaItemId, facts.item.id);
        QCOMPARE(task.caseIds, facts.caseIds.mid(1));
        QCOMPARE(task.gridCode, facts.unitCodes.value(0));
        QVERIFY(!task.communityCode.isEmpty());
        c->leave();
    }

    void caseChangesDuringTheMeeting()
    {
        auto c = startController(QSize(1920, 1080), QSize(1366, 768));
        key(c->wall(), Qt::Key_Right);
        key(c->wall(), Qt::Key_Right);
        SlideWidget *slide = c->wall()->slide();
        QCOMPARE(c->currentItem(), 1);
        ItemFacts changed = m_source->facts(1);
        const ItemFacts before = changed;
        changed.title = changed.title + QStringLiteral("（更新）");
        changed.facts.prepend(QStringLiteral("E20261130-0099 会中新报：同一地点再次发生纠纷"));
        changed.points << changed.points.first();
        changed.caseIds << 99999;
        m_source->setFacts(1, changed);
        QVERIFY(c->isRunning());
        QCOMPARE(c->currentItem(), 1);
        QCOMPARE(slide->findChild<QLabel *>(QStringLiteral("slideTitle"))->text(), changed.title);
        QCOMPARE(slide->findChild<QLabel *>(QStringLiteral("slideFact0"))->text(), changed.facts.first());
        QCOMPARE(slide->itemPage()->mapView()->ringedCases(), changed.points.size());
        // A change on another item shows in the presenter's "next" at once.
        ItemFacts third = m_source->facts(2);
        third.title = QStringLiteral("下一项已更新");
        m_source->setFacts(2, third);
        QCOMPARE(c->presenter()->state().nextTitle, third.title);
        QCOMPARE(c->currentItem(), 1);
        // A change on the console's own layers (a case written elsewhere) draws the map again.
        SlideMapView *map = slide->itemPage()->mapView();
        QVERIFY(QTest::qWaitFor([map] { return !map->isRendering(); }, 20000));
        QSignalSpy drawn(map, &SlideMapView::rendered);
        m_layers->incidents()->triggerRepaint();
        QVERIFY(drawn.wait(20000));
        c->leave();
        m_source->setFacts(1, before);
    }

    void legibleAtBothSizes_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1920x1080") << QSize(1920, 1080);
        QTest::newRow("3840x2160") << QSize(3840, 2160);
    }

    void legibleAtBothSizes()
    {
        QFETCH(QSize, size);
        // The screen's device pixels are `size`; with a display scale (run
        // again as test_presentation_scale2) the windows are smaller in
        // logical pixels, and the slides must come out the same.
        const qreal dpr = qApp->devicePixelRatio();
        auto c = startController(size / dpr, size / dpr);
        SlideWidget *slide = c->wall()->slide();
        QCOMPARE(slide->devicePixelRatioF(), dpr);
        const double minBody = 28.0 * size.height() / 1080.0;
        for (int s = 0; s < c->slideCount(); ++s) {
            c->goTo(s);
            if (slide->kind() == SlideKind::Item) {
                QVERIFY(waitRendered(slide->itemPage()->mapView()));
                const QImage map = slide->itemPage()->mapView()->image();
                QCOMPARE(map.size(), slide->itemPage()->mapView()->size() * slide->devicePixelRatioF());
                QVERIFY2(colourCount(map) > 20, "the slide's map is blank");
                const auto *facts = slide->itemPage()->factsPanel();
                const QLabel *first = facts->findChild<QLabel *>(QStringLiteral("slideFact0"));
                QVERIFY(first && first->isVisibleTo(slide));
                QVERIFY2(QFontInfo(first->font()).pixelSize() * first->devicePixelRatioF() >= minBody,
                    qPrintable(QString::number(QFontInfo(first->font()).pixelSize())));
                const int n = m_source->facts(s - 1).facts.size();
                if (facts->shownCount() < n)
                    QCOMPARE(facts->moreText(), QStringLiteral("另有 %1 项").arg(n - facts->shownCount()));
            }
            QTest::qWait(20);
            const QStringList cut = clippedLabels(c->wall());
            QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("slide %1: ").arg(s) + cut.join(QStringLiteral("; "))));
            QVERIFY2(smallestTextPx(c->wall()) >= minBody,
                qPrintable(QStringLiteral("slide %1: %2 px").arg(s).arg(smallestTextPx(c->wall()))));
            const QStringList cutPresenter = clippedLabels(c->presenter());
            QVERIFY2(cutPresenter.isEmpty(), qPrintable(cutPresenter.join(QStringLiteral("; "))));
            QVERIFY2(smallestTextPx(c->presenter()) >= minBody,
                qPrintable(QStringLiteral("presenter: %1 px").arg(smallestTextPx(c->presenter()))));
        }
        // The item with more facts than a slide holds says how many more.
        c->goTo(5);
        QVERIFY(slide->itemPage()->factsPanel()->shownCount() < m_source->facts(4).facts.size());
        // The presenter's preview is the wall's slide.
        QTRY_VERIFY(!c->presenter()->preview()->picture().isNull());
        QCOMPARE(c->presenter()->preview()->picture().size(), slide->grab().size());
        c->leave();
    }

    void fullScreenOnTheChosenScreen()
    {
        settings::PresentationScreens chosen;
        chosen.presenter = QStringLiteral("none");
        chosen.theme = QStringLiteral("dark");
        settings::setPresentationScreens(chosen);
        auto c = std::make_unique<PresentationController>(*m_source, m_layers.get());
        c->startOnChosenScreens();
        QScreen *screen = QGuiApplication::primaryScreen();
        QVERIFY(c->wall()->isFullScreen());
        QCOMPARE(c->wall()->geometry(), screen->geometry());
        QVERIFY(!c->presenter()); // one screen: the wall only
        QCOMPARE(c->wall()->slide()->look().theme(), SlideTheme::Dark);
        QCOMPARE(c->wall()->slide()->palette().color(QPalette::Window), c->wall()->slide()->look().background());
        QVERIFY(c->wall()->slide()->look().ink().lightness() > 200);
        key(c->wall(), Qt::Key_Escape);
        QVERIFY(!c->wall()->isVisible());
        settings::setPresentationScreens({});
    }

    void everyWidgetHasAnObjectName()
    {
        auto c = startController(QSize(1920, 1080), QSize(1366, 768));
        c->goTo(1);
        QStringList unnamed;
        for (QWidget *root : { static_cast<QWidget *>(c->wall()), static_cast<QWidget *>(c->presenter()) }) {
            QVERIFY(!root->objectName().isEmpty());
            const auto widgets = root->findChildren<QWidget *>();
            for (const QWidget *w : widgets)
                // Qt's own parts of scroll areas (viewports, scroll bars) are Qt's to name.
                if (w->objectName().isEmpty() && !qobject_cast<const QAbstractScrollArea *>(w->parentWidget())
                    && !w->parentWidget()->objectName().startsWith(QLatin1String("qt_")))
                    unnamed << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('/')
                            + w->parentWidget()->objectName();
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        // The presenter view on a laptop's screen cuts nothing either.
        const QStringList cut = clippedLabels(c->presenter());
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));
        c->leave();
    }

    void screensAreChosenAndRemembered()
    {
        settings::PresentationScreens none;
        none.presenter = QStringLiteral("none");
        QScreen *wall = PresentationScreenDialog::wallScreen(none);
        QVERIFY(wall);
        QVERIFY(!PresentationScreenDialog::presenterScreen(none, wall));
        PresentationScreenDialog dialog;
        auto *presenter = dialog.findChild<QComboBox *>(QStringLiteral("presentationPresenterScreen"));
        auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("presentationTheme"));
        presenter->setCurrentIndex(presenter->findData(QStringLiteral("none")));
        theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
        dialog.accept();
        const settings::PresentationScreens saved = settings::presentationScreens();
        QCOMPARE(saved.presenter, QStringLiteral("none"));
        QCOMPARE(saved.theme, QStringLiteral("dark"));
        QCOMPARE(saved.wall, wall->name());
    }

    void cleanupTestCase()
    {
        m_source.reset();
        m_layers.reset();
        m_store.reset();
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestPresentation, griddesk::app::initResources)
#include "test_presentation.moc"
