#include "IncidentListDock.h"
#include "CodeListRows.h"
#include "IncidentFilterProxy.h"
#include "IncidentState.h"
#include "IncidentTableModel.h"
#include "DeadlineStatus.h"
#include "FieldPresenter.h"

#include <QEvent>
#include <QHeaderView>

#include <algorithm>

namespace griddesk::app {

IncidentListDock::IncidentListDock(IncidentTableModel *model, QWidget *parent)
    : QDockWidget(tr("Incidents"), parent)
    , m_model(model)
    , m_proxy(new IncidentFilterProxy(this))
{
    setObjectName(QStringLiteral("incidentListDock"));
    auto *body = new QWidget(this);
    m_ui.setupUi(body);
    setWidget(body);

    m_ui.stateCombo->addItem(tr("All"), int(IncidentFilterProxy::AllStates));
    m_ui.stateCombo->addItem(tr("Open"), int(IncidentFilterProxy::OpenOnly));
    m_ui.stateCombo->addItem(tr("Overdue"), int(IncidentFilterProxy::OverdueOnly));
    m_ui.stateCombo->addItem(tr("Due soon"), int(IncidentFilterProxy::DueSoonOnly));
    m_ui.stateCombo->insertSeparator(m_ui.stateCombo->count());
    for (IncidentState s : incidentstate::all())
        m_ui.stateCombo->addItem(incidentstate::displayName(s), int(s));

    for (ClosedPeriod p : closedperiod::all())
        m_ui.closedCombo->addItem(tr("Ended: %1").arg(closedperiod::displayName(p)), closedperiod::code(p));

    m_proxy->setSourceModel(model);
    m_ui.tableView->setModel(m_proxy);
    m_ui.tableView->sortByColumn(IncidentTableModel::ReportedColumn, Qt::DescendingOrder);
    m_ui.tableView->verticalHeader()->setVisible(false);
    m_ui.tableView->verticalHeader()->setDefaultSectionSize(30);
    QHeaderView *h = m_ui.tableView->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->resizeSection(IncidentTableModel::CategoryColumn, 120);
    h->resizeSection(IncidentTableModel::GridColumn, 150);
    // The other widths follow the language and font, once the style is applied (fitColumns).
    m_ui.tableView->viewport()->installEventFilter(this);

    connect(m_ui.stateCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        m_proxy->setStateFilter(m_ui.stateCombo->currentData().toInt());
        updateCount();
    });
    connect(m_ui.unitCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        m_proxy->setUnitFilter(m_ui.unitCombo->currentData().toString());
        updateCount();
    });
    connect(m_ui.searchEdit, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_proxy->setTextFilter(t);
        updateCount();
    });
    connect(m_ui.closedCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { Q_EMIT closedPeriodChanged(closedPeriod()); });
    connect(model, &QAbstractItemModel::modelReset, this, &IncidentListDock::updateCount);
    connect(model, &QAbstractItemModel::rowsInserted, this, &IncidentListDock::updateCount);
    updateCount();
}

bool IncidentListDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui.tableView->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QDockWidget::eventFilter(watched, event);
}

void IncidentListDock::fitColumns()
{
    QHeaderView *h = m_ui.tableView->horizontalHeader();
    if (!m_columnsFitted) {
        // Wide enough for every value a column can hold, and for its (bold) header.
        QFont bold = m_ui.tableView->font();
        bold.setBold(true);
        const QFontMetrics values(m_ui.tableView->font()), headers(bold);
        auto fit = [&](int column, const QStringList &samples, int cap) {
            int w = headers.horizontalAdvance(m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()) + 20; // sort arrow
            for (const QString &s : samples)
                w = std::max(w, values.horizontalAdvance(s));
            h->resizeSection(column, std::min(cap, w + 20));
        };
        QStringList states, limits;
        for (IncidentState s : incidentstate::all())
            states << incidentstate::displayName(s);
        for (DeadlineStatus d : {DeadlineStatus::OnTime, DeadlineStatus::Warning, DeadlineStatus::Overdue,
                                 DeadlineStatus::ClosedOnTime, DeadlineStatus::ClosedLate})
            limits << deadlinestatus::displayName(d);
        fit(IncidentTableModel::CodeColumn, {QStringLiteral("E20261231-0000")}, 220);
        fit(IncidentTableModel::StateColumn, states, 180);
        fit(IncidentTableModel::DeadlineColumn, limits, 160);
        fit(IncidentTableModel::ReportedColumn, {FieldPresenter::formatTime(QDateTime(QDate(2026, 12, 28), QTime(23, 58)))}, 220);
        m_columnsFitted = true;
    }
    // The title takes the rest, but keeps a readable width: below that the list scrolls sideways.
    int others = 0;
    for (int c = 0; c < h->count(); ++c)
        others += c == IncidentTableModel::TitleColumn ? 0 : h->sectionSize(c);
    h->resizeSection(IncidentTableModel::TitleColumn, std::max(kMinTitleWidth, m_ui.tableView->viewport()->width() - others));
}

void IncidentListDock::setAreas(const QVector<Area> &areas)
{
    const QString current = m_ui.unitCombo->currentData().toString();
    QSignalBlocker block(m_ui.unitCombo);
    // A city's 17,000 communities and grids, put in the list at once.
    CodeListRows rows;
    rows.reserve(int(areas.size()) + 1);
    rows.add(tr("Whole township"), QString());
    for (const Area &a : areas)
        rows.add(QString(a.depth * 3, QLatin1Char(' ')) + a.label, a.code);
    rows.putInto(m_ui.unitCombo);
    const int idx = m_ui.unitCombo->findData(current);
    m_ui.unitCombo->setCurrentIndex(idx >= 0 ? idx : 0);
}

void IncidentListDock::setStateFilter(int filter)
{
    const int idx = m_ui.stateCombo->findData(filter);
    if (idx >= 0)
        m_ui.stateCombo->setCurrentIndex(idx);
}

ClosedPeriod IncidentListDock::closedPeriod() const
{
    ClosedPeriod p = closedperiod::kDefault;
    closedperiod::fromCode(m_ui.closedCombo->currentData().toString(), &p);
    return p;
}

void IncidentListDock::setClosedPeriod(ClosedPeriod period)
{
    const int idx = m_ui.closedCombo->findData(closedperiod::code(period));
    if (idx >= 0)
        m_ui.closedCombo->setCurrentIndex(idx);
}

void IncidentListDock::updateCount()
{
    // Older ended cases are read as the list scrolls to them.
    m_ui.countLabel->setText(m_model->hasMore() ? tr("%n incident(s), more below", nullptr, m_proxy->rowCount())
                                                : tr("%n incident(s)", nullptr, m_proxy->rowCount()));
}

} // namespace griddesk::app
