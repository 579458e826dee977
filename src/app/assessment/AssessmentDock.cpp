#include "AssessmentDock.h"
#include "CodeListRows.h"
#include "AppSettings.h"
#include "BreakdownChart.h"
#include "ChartData.h"
#include "ConsoleSession.h"
#include "FieldPresenter.h"
#include "IncidentSource.h"
#include "KpiCardWidget.h"
#include "KpiRanking.h"
#include "RankingBarChart.h"
#include "TrendChart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace griddesk::app {

namespace {

ChartValueKind chartKind(Kpi k)
{
    switch (kpi::kind(k)) {
    case KpiKind::Percent: return ChartValueKind::Percent;
    case KpiKind::PerThousand: return ChartValueKind::PerMille;
    case KpiKind::Count: return ChartValueKind::Count;
    case KpiKind::PerWorkerWeek: return ChartValueKind::Average;
    }
    return ChartValueKind::Count;
}

ChartComparison comparison(const KpiFigure &now, const KpiFigure &before)
{
    ChartComparison c;
    if (kpiChange(now, before)) {
        c.available = true;
        c.value = *before.value;
    }
    return c;
}

} // namespace

AssessmentDock::AssessmentDock(const ConsoleSession &session, QWidget *parent)
    : QDockWidget(tr("Assessment"), parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("assessmentDock"));
    const QDate today = KpiPeriod::dayOf(QDateTime::currentDateTimeUtc());
    m_period = KpiPeriod::containing(KpiPeriod::Kind::Month, today);

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(buildControls());
    m_tabs = new QTabWidget(body);
    m_tabs->setObjectName(QStringLiteral("assessmentTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setElideMode(Qt::ElideNone);
    m_tabs->addTab(buildOverview(), tr("Overview"));
    m_tabs->addTab(buildTrendAndRanking(), tr("Trend and Ranking"));
    m_tabs->addTab(buildBreakdown(), tr("Breakdown"));
    m_tabs->addTab(buildWarnings(), tr("Early Warning"));
    m_tabs->addTab(buildDefinitions(), tr("Definitions"));
    layout->addWidget(m_tabs, 1);
    // On a laptop the dock shares the map's side: it scrolls rather than
    // take the map's room; a leader widens it, or floats it, at will.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("assessmentScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    scroll->setMinimumWidth(fontMetrics().height() * 10);
    setWidget(scroll);
    restoreView();
    showPeriod();
    connect(this, &AssessmentDock::mapThemeChanged, this, &AssessmentDock::saveView);
    connect(this, &AssessmentDock::periodChosen, this, &AssessmentDock::saveView);
}

void AssessmentDock::restoreView()
{
    const settings::AssessmentView v = settings::assessmentView();
    Kpi k;
    if (kpi::fromCode(v.kpi, &k))
        m_kpi->setCurrentIndex(m_kpi->findData(int(k)));
    if (m_level->findData(v.level) >= 0)
        m_level->setCurrentIndex(m_level->findData(v.level));
    const QStringList kinds{QStringLiteral("week"), QStringLiteral("month"), QStringLiteral("quarter"), QStringLiteral("year")};
    if (kinds.contains(v.periodKind)) {
        const auto kind = KpiPeriod::Kind(kinds.indexOf(v.periodKind)); // Week, Month, Quarter, Year in order
        m_period = KpiPeriod::containing(kind, KpiPeriod::dayOf(QDateTime::currentDateTimeUtc()));
        m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    }
    m_onMap->setChecked(v.onMap);
}

void AssessmentDock::saveView()
{
    static const QStringList kinds{QStringLiteral("week"), QStringLiteral("month"), QStringLiteral("quarter"),
                                   QStringLiteral("year"), QString()};
    settings::setAssessmentView({kpi::code(chosenKpi()), rankLevel(), kinds.value(int(m_period.kind())),
                                 m_onMap->isChecked()});
}

QWidget *AssessmentDock::buildControls()
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);

    m_area = new QComboBox(box);
    m_area->setObjectName(QStringLiteral("assessmentArea"));
    m_area->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_area->setMinimumContentsLength(8);
    m_area->setToolTip(tr("The area whose figures the cards, the trend and the breakdown show"));
    connect(m_area, QOverload<int>::of(&QComboBox::activated), this, [this] { refreshView(); Q_EMIT mapThemeChanged(); });

    m_kind = new QComboBox(box);
    m_kind->setObjectName(QStringLiteral("assessmentPeriodKind"));
    m_kind->addItem(tr("Week"), int(KpiPeriod::Kind::Week));
    m_kind->addItem(tr("Month"), int(KpiPeriod::Kind::Month));
    m_kind->addItem(tr("Quarter"), int(KpiPeriod::Kind::Quarter));
    m_kind->addItem(tr("Year"), int(KpiPeriod::Kind::Year));
    m_kind->addItem(tr("Custom"), int(KpiPeriod::Kind::Custom));
    m_kind->setCurrentIndex(1);
    connect(m_kind, QOverload<int>::of(&QComboBox::activated), this, &AssessmentDock::periodKindChanged);

    m_back = new QToolButton(box);
    m_back->setObjectName(QStringLiteral("assessmentPeriodBack"));
    m_back->setArrowType(Qt::LeftArrow);
    m_back->setToolTip(tr("Previous period"));
    connect(m_back, &QToolButton::clicked, this, [this] { stepPeriod(-1); });
    m_periodLabel = new QLabel(box);
    m_periodLabel->setObjectName(QStringLiteral("assessmentPeriodLabel"));
    m_periodLabel->setAlignment(Qt::AlignCenter);
    QFont bold = m_periodLabel->font();
    bold.setBold(true);
    m_periodLabel->setFont(bold);
    m_forward = new QToolButton(box);
    m_forward->setObjectName(QStringLiteral("assessmentPeriodForward"));
    m_forward->setArrowType(Qt::RightArrow);
    m_forward->setToolTip(tr("Next period"));
    connect(m_forward, &QToolButton::clicked, this, [this] { stepPeriod(1); });

    m_customFrom = new QDateEdit(box);
    m_customFrom->setObjectName(QStringLiteral("assessmentCustomFrom"));
    m_customFrom->setCalendarPopup(true);
    m_customFrom->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_customTo = new QDateEdit(box);
    m_customTo->setObjectName(QStringLiteral("assessmentCustomTo"));
    m_customTo->setCalendarPopup(true);
    m_customTo->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto customChanged = [this] {
        if (m_customFrom->date() > m_customTo->date()) {
            m_status->setText(tr("The range ends before it starts."));
            return;
        }
        setPeriod(KpiPeriod::custom(m_customFrom->date(), m_customTo->date()));
        Q_EMIT periodChosen(m_period);
    };
    connect(m_customFrom, &QDateEdit::editingFinished, this, customChanged);
    connect(m_customTo, &QDateEdit::editingFinished, this, customChanged);

    m_kpi = new QComboBox(box);
    m_kpi->setObjectName(QStringLiteral("assessmentKpi"));
    m_kpi->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kpi->setMinimumContentsLength(6);
    for (Kpi k : kpi::all())
        m_kpi->addItem(kpi::name(k), int(k));
    m_kpi->setCurrentIndex(int(Kpi::OnTimeClosureRate));
    connect(m_kpi, QOverload<int>::of(&QComboBox::activated), this, [this] {
        refreshTrend();
        refreshRanking();
        Q_EMIT mapThemeChanged();
    });

    m_level = new QComboBox(box);
    m_level->setObjectName(QStringLiteral("assessmentRankLevel"));
    m_level->addItem(tr("Townships"), QString::fromLatin1(kLevelTownship));
    m_level->addItem(tr("Communities"), QString::fromLatin1(kLevelCommunity));
    m_level->addItem(tr("Grids"), QString::fromLatin1(kLevelGrid));
    m_level->addItem(tr("Departments"), QString::fromLatin1(kLevelDepartment));
    m_level->setCurrentIndex(2);
    connect(m_level, QOverload<int>::of(&QComboBox::activated), this, [this] {
        refreshRanking();
        Q_EMIT mapThemeChanged();
    });

    m_onMap = new QCheckBox(tr("Colour the map"), box);
    m_onMap->setObjectName(QStringLiteral("assessmentOnMap"));
    m_onMap->setToolTip(tr("Colour the communities or grids on the map by the chosen KPI"));
    connect(m_onMap, &QCheckBox::toggled, this, &AssessmentDock::mapThemeChanged);

    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("assessmentStatus"));
    m_status->setWordWrap(true);

    // Rows that stay narrow, so the dock fits beside the map on a laptop.
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_kind);
    periodRow->addWidget(m_back);
    periodRow->addWidget(m_periodLabel, 1);
    periodRow->addWidget(m_forward);
    auto *customRow = new QHBoxLayout;
    customRow->addWidget(m_customFrom);
    customRow->addWidget(m_customTo);
    customRow->addStretch(1);
    auto *levelRow = m_kpiRow = new QHBoxLayout;
    levelRow->addWidget(m_level);
    levelRow->addWidget(m_onMap);
    levelRow->addStretch(1);
    m_exportRow = new QHBoxLayout;
    m_exportRow->addStretch(1);

    auto label = [box](const QString &text) { return new QLabel(text, box); };
    grid->addWidget(label(tr("Area")), 0, 0);
    grid->addWidget(m_area, 0, 1);
    grid->addWidget(label(tr("Period")), 1, 0);
    grid->addLayout(periodRow, 1, 1);
    grid->addLayout(customRow, 2, 1);
    grid->addWidget(label(tr("Compare")), 3, 0);
    grid->addWidget(m_kpi, 3, 1);
    grid->addLayout(levelRow, 4, 1);
    grid->addLayout(m_exportRow, 7, 0, 1, 2);
    m_legend = new QWidget(box);
    m_legend->setObjectName(QStringLiteral("assessmentLegend"));
    new QGridLayout(m_legend);
    m_legend->layout()->setContentsMargins(0, 0, 0, 0);
    m_legend->hide();
    grid->addWidget(m_legend, 5, 0, 1, 2);
    grid->addWidget(m_status, 6, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    return box;
}

QWidget *AssessmentDock::buildOverview()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("assessmentOverview"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_cardBox = new QWidget(scroll);
    m_cardGrid = new QGridLayout(m_cardBox);
    m_cardGrid->setSpacing(8);
    for (Kpi k : kpi::all()) {
        auto *card = new KpiCardWidget(m_cardBox);
        card->setObjectName(QStringLiteral("kpiCard_") + kpi::code(k));
        connect(card, &KpiCardWidget::clicked, this, [this, k] { Q_EMIT drillDown(k, areaCode(), m_period); });
        m_cards.insert(int(k), card);
    }
    scroll->setWidget(m_cardBox);
    layoutCards();
    return scroll;
}

QWidget *AssessmentDock::buildTrendAndRanking()
{
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("assessmentTrendSplit"));
    m_trend = new TrendChart(split);
    m_trend->setObjectName(QStringLiteral("assessmentTrend"));
    connect(m_trend, &TrendChart::pointClicked, this, [this](int index) {
        if (m_hasData && index >= 0 && index < m_data.trend.size())
            Q_EMIT drillDown(chosenKpi(), areaCode(), m_data.trend.at(index));
    });
    m_ranking = new RankingBarChart(split);
    m_ranking->setObjectName(QStringLiteral("assessmentRanking"));
    connect(m_ranking, &RankingBarChart::barClicked, this,
            [this](const QString &unit) { Q_EMIT drillDown(chosenKpi(), unit, m_period); });
    split->addWidget(m_trend);
    split->addWidget(m_ranking);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    return split;
}

QWidget *AssessmentDock::buildBreakdown()
{
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("assessmentBreakdownSplit"));
    m_byCategory = new BreakdownChart(split);
    m_byCategory->setObjectName(QStringLiteral("assessmentByCategory"));
    m_byCategory->setTitle(tr("Cases reported, by category"));
    connect(m_byCategory, &BreakdownChart::itemClicked, this,
            [this](const QString &key) { Q_EMIT breakdownClicked(areaCode(), QStringLiteral("category"), key); });
    m_bySource = new BreakdownChart(split);
    m_bySource->setObjectName(QStringLiteral("assessmentBySource"));
    m_bySource->setTitle(tr("Cases reported, by source"));
    connect(m_bySource, &BreakdownChart::itemClicked, this,
            [this](const QString &key) { Q_EMIT breakdownClicked(areaCode(), QStringLiteral("source"), key); });
    split->addWidget(m_byCategory);
    split->addWidget(m_bySource);
    return split;
}

QWidget *AssessmentDock::buildWarnings()
{
    m_warnings = new QTreeWidget(this);
    m_warnings->setObjectName(QStringLiteral("assessmentWarnings"));
    m_warnings->setRootIsDecorated(false);
    m_warnings->setAlternatingRowColors(true);
    m_warnings->setWordWrap(true);
    m_warnings->setHeaderLabels({tr("Warning"), tr("Where"), tr("Reason"), tr("Cases"), tr("Latest")});
    m_warnings->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_warnings->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    connect(m_warnings, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT warningActivated(item->data(0, Qt::UserRole).toInt());
    });
    return m_warnings;
}

QWidget *AssessmentDock::buildDefinitions()
{
    m_definitions = new QTextBrowser(this);
    m_definitions->setObjectName(QStringLiteral("assessmentDefinitions"));
    QString html = QStringLiteral("<p>%1</p>").arg(
        tr("Each figure is counted by the rules below, the same in the dashboard, the exports, the meeting agenda "
           "and the command line. Units with fewer cases than the centre's minimum are shown as too few cases and "
           "are not ranked."));
    for (Kpi k : kpi::all()) {
        html += QStringLiteral("<h3>%1</h3><p><b>%2</b> %3</p><p>%4</p>")
                    .arg(kpi::name(k).toHtmlEscaped(), tr("Formula:").toHtmlEscaped(), kpi::formula(k).toHtmlEscaped(),
                         kpi::rules(k).toHtmlEscaped());
    }
    m_definitions->setHtml(html);
    return m_definitions;
}

void AssessmentDock::resizeEvent(QResizeEvent *event)
{
    QDockWidget::resizeEvent(event);
    layoutCards();
}

void AssessmentDock::layoutCards()
{
    if (!m_cardGrid || m_cards.isEmpty())
        return;
    // As many columns as fit, each card at least as wide as its own content.
    int cardWidth = fontMetrics().averageCharWidth() * 22;
    for (KpiCardWidget *card : qAsConst(m_cards))
        cardWidth = qMax(cardWidth, card->minimumSizeHint().width());
    const int columns = qBound(1, (width() - 32) / (cardWidth + m_cardGrid->spacing()), 6);
    if (columns == m_cardColumns)
        return;
    m_cardColumns = columns;
    int i = 0;
    for (Kpi k : kpi::all()) {
        KpiCardWidget *card = m_cards.value(int(k));
        m_cardGrid->removeWidget(card);
        m_cardGrid->addWidget(card, i / columns, i % columns);
        ++i;
    }
    m_cardGrid->setRowStretch(m_cardGrid->rowCount(), 1);
}

void AssessmentDock::setData(const AssessmentData &data)
{
    m_data = data;
    m_unitAt.clear();
    m_unitAt.reserve(m_data.units.size());
    for (int i = 0; i < m_data.units.size(); ++i)
        m_unitAt.insert(m_data.units[i].code, i); // the last of a code wins, as before
    m_hasData = data.error.isEmpty();
    if (!m_hasData) {
        m_status->setText(tr("Could not read the assessment: %1").arg(data.error));
        return;
    }
    fillAreas();
    m_status->setText(tr("%1 · as of %2 · %n case(s) read · minimum %3 cases for a ranked figure", nullptr,
                         int(data.cases.size()))
                          .arg(data.period.label(), FieldPresenter::formatTime(data.asOf))
                          .arg(data.settings.minCases));
}

void AssessmentDock::showFigures()
{
    if (!m_hasData)
        return;
    refreshCards();
    refreshTrend();
    refreshWarnings();
}

void AssessmentDock::showRanking()
{
    if (!m_hasData)
        return;
    refreshRanking();
    refreshBreakdown();
}

void AssessmentDock::setLegend(const QVector<map::KpiLegendEntry> &entries)
{
    auto *grid = static_cast<QGridLayout *>(m_legend->layout());
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_legendLabels.clear();
    // Two columns of swatch and label, so that the classes fit a narrow dock.
    int i = 0;
    for (const map::KpiLegendEntry &e : entries) {
        auto *swatch = new QLabel(m_legend);
        const int side = fontMetrics().height();
        swatch->setPixmap(e.icon.isNull() ? QPixmap() : e.icon.pixmap(side, side));
        if (e.icon.isNull())
            swatch->setStyleSheet(QStringLiteral("background:%1;min-width:%2px;max-width:%2px;").arg(e.colour.name()).arg(side));
        auto *text = new QLabel(e.label, m_legend);
        grid->addWidget(swatch, i / 2, (i % 2) * 2);
        grid->addWidget(text, i / 2, (i % 2) * 2 + 1);
        m_legendLabels << e.label;
        ++i;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    m_legend->setVisible(!entries.isEmpty());
}

QStringList AssessmentDock::legendLabels() const
{
    return m_legendLabels;
}

void AssessmentDock::setBusy(bool busy, const QString &message)
{
    if (busy)
        m_status->setText(message.isEmpty() ? tr("Counting…") : message);
}

void AssessmentDock::fillAreas()
{
    const QString keep = areaCode();
    // A city's 17,000 units, put in the list at once.
    CodeListRows rows;
    rows.reserve(m_data.units.size());
    const KpiEngine &engine = m_data.engine();
    for (AdminLevel level : {AdminLevel::District, AdminLevel::Township, AdminLevel::Community, AdminLevel::Grid}) {
        for (const KpiUnit &u : engine.unitsAt(level)) {
            const int indent = qMax(0, int(level) - int(AdminLevel::Township)) * 2;
            rows.add(QString(indent, QLatin1Char(' ')) + unitNameOf(u.code), u.code);
        }
    }
    for (const KpiUnit &u : engine.departments())
        rows.add(unitNameOf(u.code), u.code);
    rows.putInto(m_area);
    int index = m_area->findData(keep);
    if (index < 0 && m_session.user() && !m_session.user()->scopeCode.isEmpty())
        index = m_area->findData(m_session.user()->scopeCode);
    if (index < 0 && m_session.user() && !m_session.user()->department.isEmpty())
        index = m_area->findData(m_session.user()->department);
    m_area->setCurrentIndex(qMax(0, index));
}

QString AssessmentDock::unitNameOf(const QString &code) const
{
    const int at = m_unitAt.value(code, -1);
    const KpiUnit *u = at >= 0 ? &m_data.units[at] : nullptr;
    if (u && u->department)
        return m_session.departmentName(code);
    const QString name = m_session.unitName(code);
    return name != code || !u ? name : u->name;
}

QString AssessmentDock::breakdownLabel(const QString &kind, const QString &key) const
{
    if (kind == QLatin1String("category"))
        return m_session.categories().name(key);
    IncidentSource s;
    return incidentsource::fromCode(key, &s) ? incidentsource::displayName(s) : key;
}

QString AssessmentDock::areaCode() const
{
    return m_area->currentData().toString();
}

void AssessmentDock::setAreaCode(const QString &code)
{
    const int index = m_area->findData(code);
    if (index >= 0) {
        m_area->setCurrentIndex(index);
        refreshView();
        Q_EMIT mapThemeChanged();
    }
}

Kpi AssessmentDock::chosenKpi() const
{
    return Kpi(m_kpi->currentData().toInt());
}

void AssessmentDock::setChosenKpi(Kpi k)
{
    m_kpi->setCurrentIndex(m_kpi->findData(int(k)));
    refreshTrend();
    refreshRanking();
    Q_EMIT mapThemeChanged();
}

QString AssessmentDock::rankLevel() const
{
    return m_level->currentData().toString();
}

void AssessmentDock::setRankLevel(const QString &level)
{
    m_level->setCurrentIndex(qMax(0, m_level->findData(level)));
    refreshRanking();
    Q_EMIT mapThemeChanged();
}

QString AssessmentDock::rankLevelName() const
{
    return m_level->currentText();
}

void AssessmentDock::addExportActions(const QList<QAction *> &actions)
{
    for (QAction *a : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(a);
        button->setObjectName(a->objectName() + QStringLiteral("Button"));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setText(a->objectName().endsWith(QLatin1String("Pdf")) ? QStringLiteral("PDF") : QStringLiteral("XLSX"));
        m_exportRow->addWidget(button);
    }
}

void AssessmentDock::setMapThemeShown(bool shown)
{
    m_onMap->setChecked(shown);
}

bool AssessmentDock::mapThemeShown() const
{
    return m_onMap->isChecked();
}

QStringList AssessmentDock::rankedUnitCodes() const
{
    QStringList out;
    if (!m_hasData)
        return out;
    const QString level = rankLevel();
    const QString area = areaCode();
    QHash<QString, QString> parent;
    for (const KpiUnit &u : m_data.units)
        parent.insert(u.code, u.parentCode);
    auto within = [&](QString code) {
        for (int guard = 0; !code.isEmpty() && guard < 8; ++guard, code = parent.value(code))
            if (code == area)
                return true;
        return false;
    };
    // A department (or nothing) chosen as the area compares every unit of the level.
    const KpiEngine &engine = m_data.engine();
    const bool areaIsDivision = engine.unit(area) && !engine.unit(area)->department;
    for (const KpiUnit &u : m_data.units) {
        if (level == QLatin1String(kLevelDepartment)) {
            if (u.department)
                out << u.code;
            continue;
        }
        if (u.department)
            continue;
        const AdminLevel want = level == QLatin1String(kLevelTownship)    ? AdminLevel::Township
                              : level == QLatin1String(kLevelCommunity) ? AdminLevel::Community
                                                                         : AdminLevel::Grid;
        if (u.level == want && (within(u.code) || !areaIsDivision))
            out << u.code;
    }
    return out;
}

void AssessmentDock::setPeriod(const KpiPeriod &period)
{
    m_period = period;
    m_kind->setCurrentIndex(m_kind->findData(int(period.kind())));
    showPeriod();
}

void AssessmentDock::periodKindChanged()
{
    const auto kind = KpiPeriod::Kind(m_kind->currentData().toInt());
    const QDate today = KpiPeriod::dayOf(QDateTime::currentDateTimeUtc());
    if (kind == KpiPeriod::Kind::Custom)
        m_period = KpiPeriod::custom(m_period.first(), m_period.last());
    else
        m_period = KpiPeriod::containing(kind, qMin(today, m_period.last()));
    showPeriod();
    Q_EMIT periodChosen(m_period);
}

void AssessmentDock::stepPeriod(int direction)
{
    if (direction < 0) {
        m_period = m_period.previous();
    } else {
        // The next period: the one whose previous is this one.
        const QDate next = m_period.last().addDays(1);
        m_period = m_period.kind() == KpiPeriod::Kind::Custom
                       ? KpiPeriod::custom(next, next.addDays(m_period.days() - 1))
                       : KpiPeriod::containing(m_period.kind(), next);
    }
    showPeriod();
    Q_EMIT periodChosen(m_period);
}

void AssessmentDock::showPeriod()
{
    const bool custom = m_period.kind() == KpiPeriod::Kind::Custom;
    m_periodLabel->setText(m_period.label());
    m_customFrom->setVisible(custom);
    m_customTo->setVisible(custom);
    m_customFrom->setDate(m_period.first());
    m_customTo->setDate(m_period.last());
    const QDate today = KpiPeriod::dayOf(QDateTime::currentDateTimeUtc());
    m_forward->setEnabled(m_period.last() < today);
}

void AssessmentDock::refreshView()
{
    if (!m_hasData)
        return;
    refreshCards();
    refreshTrend();
    refreshRanking();
    refreshBreakdown();
    refreshWarnings();
}

void AssessmentDock::refreshCards()
{
    const QString area = areaCode();
    for (Kpi k : kpi::all()) {
        const KpiFigure f = m_data.current.figure(area, k);
        KpiCardData d;
        d.key = kpi::code(k);
        d.name = kpi::name(k);
        d.kind = chartKind(k);
        d.value = f.value.value_or(0.0);
        d.valid = f.isRankable();
        d.higherIsBetter = kpi::higherIsBetter(k);
        d.formula = kpi::formula(k) + QStringLiteral("\n\n") + kpi::rules(k);
        if (k == Kpi::SatisfactionRate)
            d.sample = tr("%n evaluation(s)", nullptr, int(f.denominator));
        else if (k == Kpi::IncidenceRate)
            d.sample = f.denominator > 0 ? tr("%1 cases · %2 residents").arg(f.numerator).arg(f.denominator)
                                         : tr("%1 cases · no population figure").arg(f.numerator);
        else if (kpi::basis(k) == KpiBasis::GridWeeks)
            d.sample = tr("%1 of %2 grid-weeks").arg(f.numerator).arg(f.denominator);
        else if (k == Kpi::WorkLogCompliance)
            d.sample = tr("%1 of %2 worker-weeks with %3 or more entries")
                           .arg(f.numerator)
                           .arg(f.denominator)
                           .arg(m_data.settings.workLogPerWeek);
        else if (kpi::basis(k) == KpiBasis::WorkerWeeks)
            d.sample = tr("%1 entries · %2 worker-weeks · expected %3")
                           .arg(f.numerator)
                           .arg(f.denominator)
                           .arg(m_data.settings.workLogPerWeek);
        else if (kpi::isRatio(k))
            d.sample = tr("%1 of %2 cases").arg(f.numerator).arg(f.denominator);
        if (!f.sufficient && f.value)
            d.sample += QStringLiteral(" · ") + tr("too few cases (minimum %1)").arg(m_data.settings.minCases);
        d.previousPeriod = comparison(f, m_data.before.figure(area, k));
        d.samePeriodLastYear = comparison(f, m_data.yearAgo.figure(area, k));
        m_cards.value(int(k))->setData(d);
    }
}

void AssessmentDock::refreshTrend()
{
    if (!m_hasData)
        return;
    const Kpi k = chosenKpi();
    QVector<ChartValue> points;
    for (int i = 0; i < m_data.trend.size(); ++i) {
        const KpiFigure f = m_data.trendTables.at(i).figure(areaCode(), k);
        points << ChartValue{m_data.trend.at(i).key(), m_data.trend.at(i).label(), f.value.value_or(0.0),
                             f.isRankable(), QString()};
    }
    m_trend->setTitle(tr("%1 in %2, by period").arg(kpi::name(k), unitNameOf(areaCode())));
    m_trend->setPoints(points, chartKind(k), int(points.size()) - 1);
}

void AssessmentDock::refreshRanking()
{
    if (!m_hasData)
        return;
    const Kpi k = chosenKpi();
    QVector<ChartValue> units;
    for (const RankedUnit &r : kpiranking::rank(m_data.current, k, rankedUnitCodes())) {
        units << ChartValue{r.unitCode, unitNameOf(r.unitCode), r.figure.value.value_or(0.0), r.figure.isRankable(),
                            r.figure.value ? QString() : tr("no value")};
    }
    m_ranking->setTitle(tr("%1: %2 ranked, %3").arg(kpi::name(k), m_level->currentText(), m_data.period.label()));
    m_ranking->setUnits(units, chartKind(k), kpi::higherIsBetter(k));
}

void AssessmentDock::refreshBreakdown()
{
    const KpiEngine &engine = m_data.engine();
    QVector<ChartValue> categories, sources;
    const auto byCategory = engine.byCategory(areaCode(), m_data.cases, m_data.period);
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
        categories << ChartValue{it.key(), breakdownLabel(QStringLiteral("category"), it.key()),
                                 double(it.value().size()), true, QString()};
    const auto bySource = engine.bySource(areaCode(), m_data.cases, m_data.period);
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it)
        sources << ChartValue{it.key(), breakdownLabel(QStringLiteral("source"), it.key()), double(it.value().size()),
                              true, QString()};
    m_byCategory->setItems(categories);
    m_bySource->setItems(sources);
}

void AssessmentDock::refreshWarnings()
{
    m_warnings->clear();
    for (int i = 0; i < m_data.warnings.size(); ++i) {
        const KpiWarning &w = m_data.warnings.at(i);
        auto *item = new QTreeWidgetItem(m_warnings);
        item->setText(0, w.kindName());
        item->setText(1, unitNameOf(w.unitCode));
        item->setText(2, w.text(unitNameOf(w.unitCode), m_session.categories().name(w.categoryCode)));
        item->setText(3, QString::number(w.caseIds.size()));
        item->setText(4, FieldPresenter::formatTime(w.latestAt));
        item->setData(0, Qt::UserRole, i);
        item->setToolTip(2, item->text(2));
    }
    m_tabs->setTabText(3, m_data.warnings.isEmpty() ? tr("Early Warning")
                                                    : tr("Early Warning (%1)").arg(m_data.warnings.size()));
}

} // namespace griddesk::app
