#include "RegisterDock.h"
#include "RegisterSpec.h"
#include "RegisterTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace griddesk::app {

namespace {

constexpr int kWeeksOffered = 8;
constexpr int kPagesToFind = 10;

QComboBox *combo(const QString &name, QWidget *parent)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    c->setMinimumContentsLength(6);
    return c;
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

QDate mondayOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

} // namespace

QString RegisterDock::objectNameFor(RegisterKind kind)
{
    return QStringLiteral("registerDock_") + registerkind::table(kind);
}

QStringList RegisterDock::filterColumns(RegisterKind kind)
{
    switch (kind) {
    case RegisterKind::Residents: return {QStringLiteral("resident_type")};
    case RegisterKind::Houses: return {QStringLiteral("house_use"), QStringLiteral("rental_state")};
    case RegisterKind::Disputes: return {QStringLiteral("status"), QStringLiteral("dispute_type")};
    case RegisterKind::KeyPersons: return {QStringLiteral("person_kind"), QStringLiteral("risk_level")};
    case RegisterKind::Organisations: return {QStringLiteral("org_type")};
    case RegisterKind::WorkLog: return {QStringLiteral("activity")};
    default: return {};
    }
}

RegisterDock::RegisterDock(RegisterKind kind, QWidget *parent)
    : QDockWidget(registerkind::displayName(kind), parent)
    , m_kind(kind)
{
    setObjectName(objectNameFor(kind));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(buildFilters(body));

    m_model = new RegisterTableModel(kind, this);
    m_table = new QTableView(body);
    m_table->setObjectName(QStringLiteral("registerTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(fontMetrics().averageCharWidth() * 14);

    // The buttons stand beside the list, so that a short dock (a laptop's)
    // still shows several rows.
    m_add = button(tr("Add…"), QStringLiteral("registerAddButton"), body);
    m_edit = button(tr("Edit…"), QStringLiteral("registerEditButton"), body);
    m_remove = button(tr("Remove"), QStringLiteral("registerRemoveButton"), body);
    m_map = button(tr("Show on Map"), QStringLiteral("registerMapButton"), body);
    m_reveal = button(tr("Reveal"), QStringLiteral("registerRevealButton"), body);
    m_reveal->setToolTip(tr("Show the selected personal field in full (the reading is recorded in the audit log)"));
    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(2);
    for (QPushButton *b : {m_add, m_edit, m_remove, m_map, m_reveal})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(buttons);
    layout->addLayout(middle, 1);
    m_summary = new QLabel(body);
    m_summary->setObjectName(QStringLiteral("registerSummary"));
    m_summary->setWordWrap(true);
    m_summary->hide();
    layout->addWidget(m_summary);
    setWidget(body);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &RegisterDock::selectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RegisterDock::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RegisterDock::selectionChanged);
    // Columns as wide as the first page's values; the user's widths stay after that.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_sized || m_model->rowCount() == 0)
            return;
        m_table->resizeColumnsToContents();
        m_sized = true;
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT recordActivated(m_model->data(index, RegisterTableModel::IdRole).toLongLong());
    });
}

QWidget *RegisterDock::buildFilters(QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(box);
    m_search->setObjectName(QStringLiteral("registerSearch"));
    m_search->setClearButtonEnabled(true);
    QStringList searched;
    const RegisterSpec &spec = registercatalog::spec(m_kind);
    for (const QString &column : spec.searchColumns)
        if (const RegisterField *f = spec.field(column))
            searched << f->displayName();
    m_search->setPlaceholderText(tr("Search: %1").arg(searched.join(tr(", "))));
    m_search->setToolTip(m_search->placeholderText());
    grid->addWidget(m_search, 0, 0);
    m_unit = combo(QStringLiteral("registerUnitFilter"), box);
    m_unit->addItem(allAreas(), QString());
    QVector<QWidget *> filters{m_unit};
    for (const QString &column : filterColumns(m_kind)) {
        const RegisterField *f = spec.field(column);
        QComboBox *c = combo(QStringLiteral("registerFilter_") + column, box);
        c->addItem(tr("Any %1").arg(f->displayName()), QString());
        for (const CodeOption &o : f->codes)
            c->addItem(o.displayName(), o.code);
        c->setToolTip(f->displayName());
        m_codeFilters.insert(column, c);
        filters << c;
    }
    if (m_kind == RegisterKind::KeyPersons) {
        m_overdue = new QCheckBox(tr("Overdue visits only"), box);
        m_overdue->setObjectName(QStringLiteral("registerOverdueCheck"));
        filters << m_overdue;
        connect(m_overdue, &QCheckBox::toggled, this, &RegisterDock::queryChanged);
    }
    if (m_kind == RegisterKind::WorkLog) {
        m_week = combo(QStringLiteral("registerWeekFilter"), box);
        m_week->addItem(tr("Any week"), QDate());
        const QDate monday = mondayOf(QDate::currentDate());
        m_week->addItem(tr("This week"), monday);
        m_week->addItem(tr("Last week"), monday.addDays(-7));
        for (int w = 2; w < kWeeksOffered; ++w)
            m_week->addItem(tr("Week of %1").arg(monday.addDays(-7 * w).toString(Qt::ISODate)), monday.addDays(-7 * w));
        filters << m_week;
        connect(m_week, qOverload<int>(&QComboBox::currentIndexChanged), this, &RegisterDock::queryChanged);
    }
    // One row over a wide list (the dock sits under the map), the count at its end.
    for (int i = 0; i < filters.size(); ++i)
        grid->addWidget(filters[i], 0, 1 + i);
    m_count = new QLabel(box);
    m_count->setObjectName(QStringLiteral("registerCount"));
    grid->addWidget(m_count, 0, 1 + filters.size());
    // Files in and out at the row's end, so the buttons beside the list stay few on a short dock.
    m_import = button(tr("Import…"), QStringLiteral("registerImportButton"), box);
    m_import->setToolTip(tr("Import a file into %1, every row checked first").arg(registerkind::displayName(m_kind)));
    m_export = button(tr("Export…"), QStringLiteral("registerExportButton"), box);
    m_export->setToolTip(tr("Export the records this list shows, personal data masked"));
    grid->addWidget(m_import, 0, 2 + filters.size());
    grid->addWidget(m_export, 0, 3 + filters.size());
    grid->setColumnStretch(0, 3);
    for (int c = 1; c <= filters.size(); ++c)
        grid->setColumnStretch(c, 2);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &RegisterDock::queryChanged);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        Q_EMIT queryChanged();
    });
    connect(m_unit, qOverload<int>(&QComboBox::currentIndexChanged), this, &RegisterDock::queryChanged);
    for (QComboBox *c : qAsConst(m_codeFilters))
        connect(c, qOverload<int>(&QComboBox::currentIndexChanged), this, &RegisterDock::queryChanged);
    return box;
}

QString RegisterDock::allAreas()
{
    return tr("All grids");
}

void RegisterDock::setUnits(QAbstractItemModel *units, const QHash<QString, QString> &gridNames)
{
    const QString keep = m_unit->currentData().toString();
    m_unit->blockSignals(true);
    m_unit->setModel(units);
    const int at = m_unit->findData(keep);
    m_unit->setCurrentIndex(at < 0 ? 0 : at);
    m_unit->blockSignals(false);
    m_model->setGridNames(gridNames);
}

RegisterQuery RegisterDock::query() const
{
    RegisterQuery q;
    q.text = m_search->text().trimmed();
    q.unitCode = m_unit->currentData().toString();
    for (auto it = m_codeFilters.cbegin(); it != m_codeFilters.cend(); ++it)
        if (!it.value()->currentData().toString().isEmpty())
            q.equals.insert(it.key(), it.value()->currentData().toString());
    q.overdueOnly = m_overdue && m_overdue->isChecked();
    return q;
}

QPair<QDate, QDate> RegisterDock::week() const
{
    const QDate monday = m_week ? m_week->currentData().toDate() : QDate();
    return monday.isValid() ? qMakePair(monday, monday.addDays(6)) : QPair<QDate, QDate>();
}

RegisterQuery RegisterDock::exportQuery() const
{
    RegisterQuery q = query();
    const QPair<QDate, QDate> days = week();
    if (days.first.isValid()) {
        q.dateColumn = QStringLiteral("worked_on");
        q.from = days.first;
        q.to = days.second;
    }
    return q;
}

QString RegisterDock::filterText() const
{
    QStringList parts;
    const QString text = m_search->text().trimmed();
    if (!text.isEmpty())
        parts << tr("search \"%1\"").arg(text);
    if (m_unit->currentIndex() > 0)
        parts << m_unit->currentText().trimmed();
    const RegisterSpec &spec = registercatalog::spec(m_kind);
    for (const QString &column : filterColumns(m_kind)) {
        const QComboBox *c = m_codeFilters.value(column);
        if (c && c->currentIndex() > 0)
            parts << tr("%1: %2").arg(spec.field(column)->displayName(), c->currentText());
    }
    if (m_overdue && m_overdue->isChecked())
        parts << m_overdue->text();
    if (m_week && m_week->currentIndex() > 0)
        parts << tr("week of %1").arg(week().first.toString(Qt::ISODate));
    return parts.join(tr("; "));
}

void RegisterDock::setCount(qint64 shown, qint64 total)
{
    m_count->setText(shown >= total ? tr("%1 records").arg(QLocale().toString(total))
                                    : tr("%1 of %2 records loaded").arg(QLocale().toString(shown), QLocale().toString(total)));
}

qint64 RegisterDock::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->data(rows.first(), RegisterTableModel::IdRole).toLongLong();
}

QString RegisterDock::selectedColumn() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || selectedId() == 0)
        return {};
    return m_model->data(current, RegisterTableModel::ColumnNameRole).toString();
}

void RegisterDock::selectRecord(qint64 id)
{
    // A record just saved may lie a few pages down the list.
    int row = m_model->rowOf(id);
    for (int page = 0; row < 0 && page < kPagesToFind && m_model->canFetchMore({}); ++page) {
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void RegisterDock::setKeeping(bool mayWrite, bool mayReveal)
{
    const bool selected = selectedId() > 0;
    for (QPushButton *b : {m_add, m_edit, m_remove})
        b->setVisible(mayWrite);
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_map->setEnabled(selected);
    m_reveal->setVisible(mayReveal && !registercatalog::spec(m_kind).personalColumns().isEmpty());
    m_reveal->setEnabled(selected);
    m_import->setVisible(mayWrite && registerkind::importable().contains(m_kind));
}

} // namespace griddesk::app
