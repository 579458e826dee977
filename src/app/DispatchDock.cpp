#include "DispatchDock.h"
#include "DispatchQueueModel.h"
#include "DispatchQueueProxy.h"
#include "IncidentTimelineWidget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace griddesk::app {

DispatchDock::DispatchDock(DispatchQueueModel *model, IncidentTimelineWidget *timeline, QWidget *parent)
    : QDockWidget(tr("Dispatch"), parent)
    , m_proxy(new DispatchQueueProxy(this))
{
    setObjectName(QStringLiteral("dispatchDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(8, 6, 8, 6);

    auto *filters = new QHBoxLayout;
    m_need = new QComboBox(body);
    m_need->setObjectName(QStringLiteral("needCombo"));
    // Narrow when the dock is; the list that drops down still shows each entry in full.
    m_need->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_need->setMinimumContentsLength(10);
    m_need->addItem(tr("Everything needing action"), int(DispatchQueueProxy::Everything));
    for (int n = 0; n < DispatchQueueModel::NeedCount; ++n)
        m_need->addItem(DispatchQueueModel::needName(DispatchQueueModel::Need(n)), n);
    m_need->addItem(tr("Overdue"), int(DispatchQueueProxy::OverdueOnly));
    m_need->addItem(tr("Under supervision"), int(DispatchQueueProxy::SupervisedOnly));
    m_search = new QLineEdit(body);
    m_search->setObjectName(QStringLiteral("dispatchSearchEdit"));
    m_search->setPlaceholderText(tr("Search case number, title, address…"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(body);
    m_count->setObjectName(QStringLiteral("dispatchCountLabel"));
    filters->addWidget(new QLabel(tr("Show"), body));
    filters->addWidget(m_need);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    layout->addLayout(filters);

    m_actions = new QToolBar(tr("Workflow actions"), body);
    m_actions->setObjectName(QStringLiteral("dispatchActionsBar"));
    m_actions->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_actions);

    auto *split = new QSplitter(Qt::Vertical, body);
    split->setObjectName(QStringLiteral("dispatchSplitter"));
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("dispatchQueueView"));
    m_proxy->setSourceModel(model);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DispatchQueueModel::DueColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(28);
    m_table->horizontalHeader()->setSectionResizeMode(DispatchQueueModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->resizeSection(DispatchQueueModel::CodeColumn, 160);
    m_table->horizontalHeader()->resizeSection(DispatchQueueModel::DueColumn, 140);
    // Each part of the split gives way on a short screen; the map keeps its height.
    m_table->setMinimumHeight(50);
    timeline->setMinimumHeight(30);
    timeline->setParent(split);
    split->addWidget(m_table);
    split->addWidget(timeline);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({260, 110});
    layout->addWidget(split, 1);
    setWidget(body);

    connect(m_need, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        m_proxy->setNeedFilter(m_need->currentData().toInt());
        updateCount();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_proxy->setTextFilter(t);
        updateCount();
    });
    connect(model, &QAbstractItemModel::modelReset, this, &DispatchDock::updateCount);
    updateCount();
}

void DispatchDock::setNeedFilter(int filter)
{
    const int idx = m_need->findData(filter);
    if (idx >= 0)
        m_need->setCurrentIndex(idx);
}

void DispatchDock::updateCount()
{
    m_count->setText(tr("%n case(s)", nullptr, m_proxy->rowCount()));
}

} // namespace griddesk::app
