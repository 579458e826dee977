#include "TopologyDock.h"
#include "AdminLevel.h"
#include "topology/TopologyText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace griddesk::app {

namespace {
namespace ProblemColumn {
enum { What, Area, Zoom, Count };
}
}

TopologyDock::TopologyDock(QWidget *parent)
    : QDockWidget(tr("Grid topology"), parent)
    , m_check(new QPushButton(tr("Check topology")))
    , m_cancel(new QPushButton(tr("Stop")))
    , m_progress(new QProgressBar)
    , m_summary(new QLabel(tr("Not checked yet.")))
    , m_problems(new QTableWidget(0, ProblemColumn::Count))
    , m_noBoundaryTitle(new QLabel)
    , m_noBoundary(new QListWidget)
{
    setObjectName(QStringLiteral("gridTopologyDock"));
    m_check->setObjectName(QStringLiteral("checkTopologyButton"));
    m_cancel->setObjectName(QStringLiteral("stopTopologyButton"));
    m_progress->setObjectName(QStringLiteral("topologyProgress"));
    m_problems->setObjectName(QStringLiteral("topologyProblems"));
    m_noBoundary->setObjectName(QStringLiteral("unitsWithoutBoundary"));
    m_summary->setWordWrap(true);
    m_cancel->setVisible(false);
    m_progress->setVisible(false);
    m_progress->setTextVisible(true);

    m_problems->setHorizontalHeaderLabels({tr("Problem"), tr("Area (m²)"), QString()});
    m_problems->verticalHeader()->hide();
    m_problems->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setSelectionMode(QAbstractItemView::SingleSelection);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The kind and the units in one cell, wrapped, so that a narrow dock shows them whole.
    m_problems->setWordWrap(true);
    m_problems->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_problems->horizontalHeader()->setSectionResizeMode(ProblemColumn::What, QHeaderView::Stretch);
    m_problems->horizontalHeader()->setSectionResizeMode(ProblemColumn::Area, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setSectionResizeMode(ProblemColumn::Zoom, QHeaderView::ResizeToContents);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_check);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_summary);
    topLayout->addWidget(m_problems, 1);
    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_noBoundaryTitle);
    bottomLayout->addWidget(m_noBoundary, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->addWidget(split);
    setWidget(body);
    setWithoutBoundary({});

    connect(m_check, &QPushButton::clicked, this, &TopologyDock::checkRequested);
    connect(m_cancel, &QPushButton::clicked, this, &TopologyDock::cancelRequested);
    connect(m_problems, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem *> selected = m_problems->selectedItems();
        Q_EMIT problemSelected(selected.isEmpty() ? -1 : selected.first()->row());
    });
    connect(m_problems, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { Q_EMIT zoomRequested(row); });
}

void TopologyDock::setRunning(bool running)
{
    m_check->setEnabled(!running);
    m_cancel->setVisible(running);
    m_progress->setVisible(running);
    if (running) {
        m_progress->setRange(0, 0);
        m_summary->setText(tr("Checking the grids…"));
    }
}

void TopologyDock::setProgress(int done, int total)
{
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(done);
}

void TopologyDock::setReport(const topology::TopologyReport &report, const std::function<QString(const QString &)> &unitName)
{
    m_report = report;
    m_summary->setText(topology::TopologyText::summary(report));
    m_problems->clearContents();
    m_problems->setRowCount(report.problems.size());
    const QLocale locale;
    for (int row = 0; row < report.problems.size(); ++row) {
        const topology::TopologyProblem &p = report.problems[row];
        QStringList names;
        for (const QString &code : p.units)
            names << unitName(code);
        auto *what = new QTableWidgetItem(tr("%1: %2").arg(topology::TopologyText::kindName(p.kind), names.join(tr(", "))));
        what->setToolTip(topology::TopologyText::describe(p) + QLatin1Char('\n') + topology::TopologyText::location(p));
        m_problems->setItem(row, ProblemColumn::What, what);
        auto *area = new QTableWidgetItem(p.areaM2 > 0 ? locale.toString(p.areaM2, 'f', p.areaM2 < 10 ? 2 : 0) : QString());
        area->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_problems->setItem(row, ProblemColumn::Area, area);
        auto *zoom = new QToolButton;
        zoom->setObjectName(QStringLiteral("zoomToProblem"));
        zoom->setText(tr("Show"));
        zoom->setToolTip(tr("Show this problem on the map"));
        zoom->setEnabled(p.located);
        connect(zoom, &QToolButton::clicked, this, [this, row] {
            m_problems->selectRow(row);
            Q_EMIT zoomRequested(row);
        });
        m_problems->setCellWidget(row, ProblemColumn::Zoom, zoom);
    }
}

void TopologyDock::setError(const QString &message)
{
    m_summary->setText(tr("The check could not run: %1").arg(message));
}

void TopologyDock::setWithoutBoundary(const QVector<AdminUnit> &units)
{
    m_noBoundary->clear();
    for (const AdminUnit &u : units) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 %2").arg(adminLevelName(u.level), u.name));
        item->setToolTip(tr("%1, code %2: no boundary yet").arg(u.name, u.code));
        item->setData(Qt::UserRole, u.code);
        m_noBoundary->addItem(item);
    }
    m_noBoundaryTitle->setText(tr("No boundary yet: %n unit(s)", nullptr, int(units.size())));
}

} // namespace griddesk::app
