#include "KpiCasesDock.h"
#include "ConsoleSession.h"
#include "KpiCaseTableModel.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace griddesk::app {

KpiCasesDock::KpiCasesDock(const ConsoleSession &session, QWidget *parent)
    : QDockWidget(tr("Cases Behind the Figure"), parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("kpiCasesDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    m_title = new QLabel(body);
    m_title->setObjectName(QStringLiteral("kpiCasesTitle"));
    m_title->setWordWrap(true);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    layout->addWidget(m_title);

    auto *parts = new QHBoxLayout;
    m_numerator = new QRadioButton(body);
    m_numerator->setObjectName(QStringLiteral("kpiCasesNumerator"));
    m_denominator = new QRadioButton(body);
    m_denominator->setObjectName(QStringLiteral("kpiCasesDenominator"));
    m_byWeek = new QRadioButton(tr("Counts per week"), body);
    m_byWeek->setObjectName(QStringLiteral("kpiCasesByWeek"));
    m_byWeek->hide();
    auto *group = new QButtonGroup(this);
    group->addButton(m_numerator);
    group->addButton(m_denominator);
    group->addButton(m_byWeek);
    m_numerator->setChecked(true);
    parts->addWidget(m_numerator);
    parts->addWidget(m_denominator);
    parts->addWidget(m_byWeek);
    parts->addStretch(1);
    layout->addLayout(parts);
    connect(m_numerator, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            showPart(Part::Numerator);
    });
    connect(m_denominator, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            showPart(Part::Denominator);
    });
    connect(m_byWeek, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            showPart(Part::ByWeek);
    });

    m_model = new KpiCaseTableModel(session, this);
    m_weekModel = new QStandardItemModel(this);
    m_table = new QTableView(body);
    m_table->setObjectName(QStringLiteral("kpiCasesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid() && m_mode == Mode::Cases)
            Q_EMIT caseActivated(m_model->caseAt(index.row()));
    });
    layout->addWidget(m_table, 1);
    setWidget(body);
}

void KpiCasesDock::show(const QString &title, const QString &numeratorName, const QVector<KpiCase> &numerator,
                        const QString &denominatorName, const QVector<KpiCase> &denominator)
{
    m_title->setText(title);
    m_mode = Mode::Cases;
    m_num = numerator;
    m_den = denominator;
    setParts(tr("%1: %n case(s)", nullptr, int(numerator.size())).arg(numeratorName),
             denominatorName.isEmpty() ? QString()
                                       : tr("%1: %n case(s)", nullptr, int(denominator.size())).arg(denominatorName),
             false);
    fill();
    setVisible(true);
    raise();
}

void KpiCasesDock::showGridWeeks(const QString &title, const QString &numeratorName, const QStringList &numerator,
                                 const QString &denominatorName, const QStringList &denominator)
{
    m_title->setText(title);
    m_mode = Mode::GridWeeks;
    m_numWeeks = numerator;
    m_denWeeks = denominator;
    setParts(tr("%1: %2").arg(numeratorName).arg(numerator.size()),
             tr("%1: %2").arg(denominatorName).arg(denominator.size()), false);
    fill();
    setVisible(true);
    raise();
}

void KpiCasesDock::showWorkerWeeks(const QString &title, const QString &numeratorName, const QString &denominatorName,
                                   const QVector<KpiWorkerWeek> &workerWeeks, int expected)
{
    m_title->setText(title);
    m_mode = Mode::WorkerWeeks;
    m_workerWeeks = workerWeeks;
    m_expected = expected;
    const auto met = std::count_if(workerWeeks.cbegin(), workerWeeks.cend(), [](const KpiWorkerWeek &w) { return w.met; });
    setParts(tr("%1: %2").arg(numeratorName).arg(met), tr("%1: %2").arg(denominatorName).arg(workerWeeks.size()), true);
    fill();
    setVisible(true);
    raise();
}

void KpiCasesDock::setParts(const QString &numerator, const QString &denominator, bool byWeek)
{
    m_numerator->setText(numerator);
    m_denominator->setText(denominator);
    m_denominator->setVisible(!denominator.isEmpty());
    m_byWeek->setVisible(byWeek);
    if ((denominator.isEmpty() && m_part == Part::Denominator) || (!byWeek && m_part == Part::ByWeek))
        m_part = Part::Numerator;
    (m_part == Part::Numerator ? m_numerator : m_part == Part::Denominator ? m_denominator : m_byWeek)->setChecked(true);
}

void KpiCasesDock::showPart(Part part)
{
    m_part = part;
    (part == Part::Numerator ? m_numerator : part == Part::Denominator ? m_denominator : m_byWeek)->setChecked(true);
    fill();
}

void KpiCasesDock::fill()
{
    const bool numerator = m_part == Part::Numerator || m_denominator->isHidden();
    if (m_mode == Mode::Cases) {
        m_table->setModel(m_model);
        m_model->setCases(numerator ? m_num : m_den);
        return;
    }
    if (m_mode == Mode::WorkerWeeks) {
        if (m_part == Part::ByWeek)
            fillByWeek();
        else
            fillWorkerWeeks(numerator);
        m_table->setModel(m_weekModel);
        return;
    }
    m_weekModel->clear();
    m_weekModel->setHorizontalHeaderLabels({tr("Grid"), tr("ISO week"), tr("Screened")});
    for (const QString &gridWeek : numerator ? m_numWeeks : m_denWeeks) {
        const QString grid = gridWeek.section(QLatin1Char('|'), 0, 0);
        const QString week = gridWeek.section(QLatin1Char('|'), 1, 1);
        const bool screened = m_numWeeks.contains(gridWeek);
        auto *g = new QStandardItem(m_session.unitName(grid));
        g->setData(gridWeek, Qt::UserRole);
        m_weekModel->appendRow({g, new QStandardItem(week), new QStandardItem(screened ? tr("Yes") : tr("No"))});
    }
    m_table->setModel(m_weekModel);
}

namespace {
QStandardItem *number(qint64 n)
{
    auto *item = new QStandardItem(QLocale().toString(n));
    item->setData(n, Qt::UserRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

void KpiCasesDock::fillWorkerWeeks(bool numerator)
{
    m_weekModel->clear();
    m_weekModel->setHorizontalHeaderLabels({tr("Grid"), tr("Grid worker"), tr("ISO week"), tr("Home visits"),
                                            tr("Services"), tr("Legal education"), tr("Entries"),
                                            tr("%1 or more").arg(m_expected)});
    for (const KpiWorkerWeek &w : qAsConst(m_workerWeeks)) {
        if (numerator && !w.met)
            continue;
        auto *g = new QStandardItem(m_session.unitName(w.gridCode));
        g->setData(w.gridCode + QLatin1Char('|') + w.worker + QLatin1Char('|') + w.isoWeek, Qt::UserRole);
        m_weekModel->appendRow({g, new QStandardItem(w.worker), new QStandardItem(w.isoWeek), number(w.visits),
                                number(w.services), number(w.legalEducation), number(w.entries()),
                                new QStandardItem(w.met ? tr("Yes") : tr("No"))});
    }
}

void KpiCasesDock::fillByWeek()
{
    struct Week {
        qint64 workers = 0, met = 0, visits = 0, services = 0, legal = 0;
    };
    QMap<QString, Week> weeks;
    for (const KpiWorkerWeek &w : qAsConst(m_workerWeeks)) {
        Week &k = weeks[w.isoWeek];
        ++k.workers;
        k.met += w.met;
        k.visits += w.visits;
        k.services += w.services;
        k.legal += w.legalEducation;
    }
    m_weekModel->clear();
    m_weekModel->setHorizontalHeaderLabels({tr("ISO week"), tr("Grid workers"), tr("%1 or more").arg(m_expected),
                                            tr("Home visits"), tr("Services"), tr("Legal education"), tr("Entries"),
                                            tr("Per worker")});
    for (auto it = weeks.cbegin(); it != weeks.cend(); ++it) {
        const Week &k = it.value();
        const qint64 entries = k.visits + k.services + k.legal;
        auto *week = new QStandardItem(it.key());
        week->setData(it.key(), Qt::UserRole);
        auto *average = new QStandardItem(QLocale().toString(double(entries) / double(k.workers), 'f', 1));
        average->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_weekModel->appendRow({week, number(k.workers), number(k.met), number(k.visits), number(k.services),
                                number(k.legal), number(entries), average});
    }
}

QVector<qint64> KpiCasesDock::shownIds() const
{
    return m_mode == Mode::Cases ? m_model->ids() : QVector<qint64>();
}

QStringList KpiCasesDock::shownGridWeeks() const
{
    QStringList out;
    if (m_mode != Mode::Cases)
        for (int r = 0; r < m_weekModel->rowCount(); ++r)
            out << m_weekModel->item(r, 0)->data(Qt::UserRole).toString();
    return out;
}

QString KpiCasesDock::heading() const
{
    return m_title->text();
}

} // namespace griddesk::app
