#include "StaffDock.h"
#include "CodeListRows.h"
#include "StaffingText.h"
#include "StaffingViolationModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace griddesk::app {

namespace {

// Up to this many breaches, each row is as tall as its wrapped sentence.
constexpr int kMeasuredRows = 200;

namespace StaffColumn {
enum { Name, Role, Grid, Phone, Login, Since, Until, Count };
}

const StaffingViolationKind kKinds[] = {StaffingViolationKind::NoManager, StaffingViolationKind::TooManyManagers,
                                        StaffingViolationKind::TooFewManagers, StaffingViolationKind::TooFewAssistants,
                                        StaffingViolationKind::TooManyAssistants, StaffingViolationKind::UnknownGrid};

// A read-only list of whole rows, one chosen at a time.
void setUpList(QTableView *t, const QString &name)
{
    t->setObjectName(name);
    t->verticalHeader()->setVisible(false);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
}

QTableWidget *makeTable(int columns, const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *t = new QTableWidget(0, columns, parent);
    setUpList(t, name);
    t->setHorizontalHeaderLabels(headers);
    t->setWordWrap(false);
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return t;
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

StaffDock::StaffDock(QWidget *parent)
    : QDockWidget(tr("Grid staff"), parent)
{
    setObjectName(QStringLiteral("staffDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 4, 6, 4);
    // The map's switch and legend first: they stay in sight when the dock is short.
    m_theme = new QCheckBox(tr("Colour grids by staffing"), body);
    m_theme->setObjectName(QStringLiteral("staffThemeCheck"));
    layout->addWidget(m_theme);
    m_legend = new QLabel(body);
    m_legend->setObjectName(QStringLiteral("staffLegend"));
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    layout->addWidget(m_legend);
    m_tabs = new QTabWidget(body);
    m_tabs->setObjectName(QStringLiteral("staffTabs"));
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setElideMode(Qt::ElideNone);
    m_tabs->addTab(buildRegister(), tr("Register"));
    m_tabs->addTab(buildViolations(), tr("Breaches of the rule"));
    layout->addWidget(m_tabs, 1);
    // On a laptop the dock shares the map's side: it scrolls rather than
    // take the map's room.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("staffScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    scroll->setMinimumWidth(fontMetrics().height() * 10);
    setWidget(scroll);
}

QWidget *StaffDock::buildRegister()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    // Two columns of filters, so that a narrow dock keeps each one whole.
    auto *filters = new QGridLayout;
    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("staffSearch"));
    m_search->setPlaceholderText(tr("Search name, phone, login or grid"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 0, 0, 1, 2);
    m_gridFilter = new QComboBox(page);
    m_gridFilter->setObjectName(QStringLiteral("staffGridFilter"));
    m_gridFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_gridFilter->setMinimumContentsLength(5);
    m_gridFilter->addItem(tr("All grids"), QString());
    m_roleFilter = new QComboBox(page);
    m_roleFilter->setObjectName(QStringLiteral("staffRoleFilter"));
    m_roleFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_roleFilter->setMinimumContentsLength(5);
    m_roleFilter->addItem(tr("All roles"), QString());
    for (StaffRole role : staffrole::all())
        m_roleFilter->addItem(staffrole::displayName(role), staffrole::code(role));
    m_violationFilter = new QComboBox(page);
    m_violationFilter->setObjectName(QStringLiteral("staffViolationFilter"));
    m_violationFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_violationFilter->setMinimumContentsLength(5);
    m_violationFilter->addItem(tr("Any staffing"), QString());
    m_violationFilter->addItem(tr("Grids breaking the rule"), QStringLiteral("any"));
    for (StaffingViolationKind kind : kKinds)
        m_violationFilter->addItem(StaffingText::kindName(kind), StaffingViolation{kind, {}, 0, 0}.code());
    m_retired = new QCheckBox(tr("Retired too"), page);
    m_retired->setObjectName(QStringLiteral("staffShowRetired"));
    filters->addWidget(m_gridFilter, 1, 0);
    filters->addWidget(m_roleFilter, 1, 1);
    filters->addWidget(m_violationFilter, 2, 0);
    filters->addWidget(m_retired, 2, 1);
    filters->setColumnStretch(0, 1);
    filters->setColumnStretch(1, 1);
    layout->addLayout(filters);

    m_table = makeTable(StaffColumn::Count, {tr("Name"), tr("Role"), tr("Grid"), tr("Phone"), tr("Login"), tr("Since"), tr("Until")},
                    QStringLiteral("staffTable"), page);
    layout->addWidget(m_table, 1);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("staffSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    // Two by two, so that a narrow dock keeps each label whole.
    auto *buttons = new QGridLayout;
    m_add = button(tr("Add…"), QStringLiteral("staffAddButton"), page);
    m_edit = button(tr("Change…"), QStringLiteral("staffEditButton"), page);
    m_retire = button(tr("Retire"), QStringLiteral("staffRetireButton"), page);
    m_reveal = button(tr("Show phone"), QStringLiteral("staffRevealButton"), page);
    buttons->addWidget(m_add, 0, 0);
    buttons->addWidget(m_edit, 0, 1);
    buttons->addWidget(m_retire, 1, 0);
    buttons->addWidget(m_reveal, 1, 1);
    buttons->setColumnStretch(2, 1);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &StaffDock::applyFilters);
    for (QComboBox *c : {m_gridFilter, m_roleFilter, m_violationFilter})
        connect(c, qOverload<int>(&QComboBox::currentIndexChanged), this, &StaffDock::applyFilters);
    connect(m_retired, &QCheckBox::toggled, this, &StaffDock::applyFilters);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &StaffDock::selectionChanged);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        Q_EMIT zoomRequested(m_table->item(row, StaffColumn::Grid)->data(Qt::UserRole).toString());
    });
    return page;
}

QWidget *StaffDock::buildViolations()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    // One sentence per breach (it names the grid), wrapped rather than cut.
    m_violationRows = new StaffingViolationModel(this);
    m_violations = new QTableView(page);
    setUpList(m_violations, QStringLiteral("staffViolationTable"));
    m_violations->setModel(m_violationRows);
    m_violations->setWordWrap(true);
    m_violations->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_violations->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_violations->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_violations, 1);
    m_zoom = button(tr("Zoom to Grid"), QStringLiteral("staffZoomButton"), page);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_zoom);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_violations, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT zoomRequested(index.data(StaffingViolationModel::GridCodeRole).toString());
    });
    connect(m_zoom, &QPushButton::clicked, this, [this] {
        if (!selectedViolationGrid().isEmpty())
            Q_EMIT zoomRequested(selectedViolationGrid());
    });
    return page;
}

void StaffDock::setData(const QVector<StaffMember> &staff, const QVector<QPair<QString, QString>> &grids,
                        const QVector<GridStaffing> &check)
{
    m_staff = staff;
    m_check = check;
    m_gridNames.clear();
    const QString keep = m_gridFilter->currentData().toString();
    m_gridFilter->blockSignals(true);
    CodeListRows rows;
    rows.reserve(grids.size() + 1);
    rows.add(tr("All grids"), QString());
    for (const auto &grid : grids) {
        m_gridNames.insert(grid.first, grid.second);
        rows.add(grid.second, grid.first);
    }
    rows.putInto(m_gridFilter);
    const int at = m_gridFilter->findData(keep);
    m_gridFilter->setCurrentIndex(at < 0 ? 0 : at);
    m_gridFilter->blockSignals(false);
    applyFilters();
    fillViolations();
}

void StaffDock::fillViolations()
{
    const QString keep = selectedViolationGrid();
    int rows = 0, grids = 0;
    for (const GridStaffing &g : m_check) {
        rows += g.violations.size();
        grids += g.violations.isEmpty() ? 0 : 1;
    }
    // Rows fit their wrapped sentence; a long list (a city's grids) keeps two
    // lines a row instead, as measuring thousands of rows would hold up the window.
    QHeaderView *heights = m_violations->verticalHeader();
    if (rows > kMeasuredRows) {
        heights->setSectionResizeMode(QHeaderView::Fixed);
        heights->setDefaultSectionSize(2 * m_violations->fontMetrics().lineSpacing() + 6);
    } else {
        heights->setSectionResizeMode(QHeaderView::ResizeToContents);
    }
    m_violationRows->setSentenceAsToolTip(rows > kMeasuredRows);
    m_violationRows->setBreaches(m_check, m_gridNames);
    const int kept = m_violationRows->rowOfGrid(keep);
    if (kept >= 0)
        m_violations->selectRow(kept);
    m_tabs->setTabText(1, grids == 0 ? tr("Breaches of the rule") : tr("Breaches of the rule (%1)").arg(grids));
}

bool StaffDock::passes(const StaffMember &s) const
{
    if (!s.active && !m_retired->isChecked())
        return false;
    const QString grid = m_gridFilter->currentData().toString();
    if (!grid.isEmpty() && s.gridCode != grid)
        return false;
    const QString role = m_roleFilter->currentData().toString();
    if (!role.isEmpty() && staffrole::code(s.role) != role)
        return false;
    const QString breach = m_violationFilter->currentData().toString();
    if (!breach.isEmpty()) {
        bool found = false;
        for (const GridStaffing &g : m_check)
            if (g.gridCode == s.gridCode)
                for (const StaffingViolation &v : g.violations)
                    found = found || breach == QLatin1String("any") || v.code() == breach;
        if (!found)
            return false;
    }
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return true;
    for (const QString &field : {s.name, s.phone, s.username, gridName(s.gridCode), s.gridCode})
        if (field.contains(text, Qt::CaseInsensitive))
            return true;
    return false;
}

void StaffDock::applyFilters()
{
    const qint64 keep = selectedId();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    int managers = 0, assistants = 0;
    for (const StaffMember &s : m_staff) {
        if (!passes(s))
            continue;
        (staffrole::isAssistant(s.role) ? assistants : managers) += s.active ? 1 : 0;
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        auto *name = new QTableWidgetItem(s.name);
        name->setData(Qt::UserRole, s.id);
        if (!s.active)
            name->setForeground(QColor(120, 120, 120));
        m_table->setItem(r, StaffColumn::Name, name);
        m_table->setItem(r, StaffColumn::Role, new QTableWidgetItem(staffrole::displayName(s.role)));
        auto *grid = new QTableWidgetItem(gridName(s.gridCode));
        grid->setData(Qt::UserRole, s.gridCode);
        grid->setToolTip(s.gridCode);
        m_table->setItem(r, StaffColumn::Grid, grid);
        m_table->setItem(r, StaffColumn::Phone, new QTableWidgetItem(s.phone));
        m_table->setItem(r, StaffColumn::Login, new QTableWidgetItem(s.username));
        m_table->setItem(r, StaffColumn::Since, new QTableWidgetItem(s.startedOn.toString(Qt::ISODate)));
        m_table->setItem(r, StaffColumn::Until, new QTableWidgetItem(s.endedOn.isValid() ? s.endedOn.toString(Qt::ISODate) : QString()));
        if (s.id == keep)
            m_table->selectRow(r);
    }
    m_table->setColumnHidden(StaffColumn::Until, !m_retired->isChecked());
    m_summary->setText(tr("%1 shown: %2 managers and %3 grid workers serving").arg(m_table->rowCount()).arg(managers).arg(assistants));
    Q_EMIT selectionChanged();
}

void StaffDock::setLegend(const QVector<map::KpiLegendEntry> &entries)
{
    QStringList rows;
    for (const map::KpiLegendEntry &e : entries)
        rows << QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2&nbsp;(%3)")
                    .arg(e.colour.name(), e.label.toHtmlEscaped())
                    .arg(e.units);
    m_legend->setText(rows.join(QStringLiteral(" &nbsp; ")));
}

qint64 StaffDock::selectedId() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    return selected.isEmpty() ? 0 : m_table->item(selected.first()->row(), StaffColumn::Name)->data(Qt::UserRole).toLongLong();
}

QString StaffDock::selectedViolationGrid() const
{
    const QModelIndexList selected = m_violations->selectionModel()->selectedRows();
    return selected.isEmpty() ? QString() : selected.first().data(StaffingViolationModel::GridCodeRole).toString();
}

QVector<qint64> StaffDock::shownIds() const
{
    QVector<qint64> out;
    for (int r = 0; r < m_table->rowCount(); ++r)
        out << m_table->item(r, StaffColumn::Name)->data(Qt::UserRole).toLongLong();
    return out;
}

void StaffDock::selectStaff(qint64 id)
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, StaffColumn::Name)->data(Qt::UserRole).toLongLong() == id)
            m_table->selectRow(r);
}

} // namespace griddesk::app
