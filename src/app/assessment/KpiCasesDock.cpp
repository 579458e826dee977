#include "KpiCasesDock.h"
#include "ConsoleSession.h"
#include "KpiCaseTableModel.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

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
    auto *group = new QButtonGroup(this);
    group->addButton(m_numerator);
    group->addButton(m_denominator);
    m_numerator->setChecked(true);
    parts->addWidget(m_numerator);
    parts->addWidget(m_denominator);
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
        if (index.isValid() && !m_weeks)
            Q_EMIT caseActivated(m_model->caseAt(index.row()));
    });
    layout->addWidget(m_table, 1);
    setWidget(body);
}

void KpiCasesDock::show(const QString &title, const QString &numeratorName, const QVector<KpiCase> &numerator,
                        const QString &denominatorName, const QVector<KpiCase> &denominator)
{
    m_title->setText(title);
    m_weeks = false;
    m_num = numerator;
    m_den = denominator;
    m_numerator->setText(tr("%1: %n case(s)", nullptr, int(numerator.size())).arg(numeratorName));
    m_denominator->setText(tr("%1: %n case(s)", nullptr, int(denominator.size())).arg(denominatorName));
    m_denominator->setVisible(!denominatorName.isEmpty());
    if (denominatorName.isEmpty() || m_part == Part::Numerator)
        m_numerator->setChecked(true);
    fill();
    setVisible(true);
    raise();
}

void KpiCasesDock::showGridWeeks(const QString &title, const QString &numeratorName, const QStringList &numerator,
                                 const QString &denominatorName, const QStringList &denominator)
{
    m_title->setText(title);
    m_weeks = true;
    m_numWeeks = numerator;
    m_denWeeks = denominator;
    m_numerator->setText(tr("%1: %2").arg(numeratorName).arg(numerator.size()));
    m_denominator->setText(tr("%1: %2").arg(denominatorName).arg(denominator.size()));
    m_denominator->setVisible(true);
    fill();
    setVisible(true);
    raise();
}

void KpiCasesDock::showPart(Part part)
{
    m_part = part;
    (part == Part::Numerator ? m_numerator : m_denominator)->setChecked(true);
    fill();
}

void KpiCasesDock::fill()
{
    const bool numerator = m_part == Part::Numerator || m_denominator->isHidden();
    if (!m_weeks) {
        m_table->setModel(m_model);
        m_model->setCases(numerator ? m_num : m_den);
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

QVector<qint64> KpiCasesDock::shownIds() const
{
    return m_weeks ? QVector<qint64>() : m_model->ids();
}

QStringList KpiCasesDock::shownGridWeeks() const
{
    QStringList out;
    if (m_weeks)
        for (int r = 0; r < m_weekModel->rowCount(); ++r)
            out << m_weekModel->item(r, 0)->data(Qt::UserRole).toString();
    return out;
}

QString KpiCasesDock::heading() const
{
    return m_title->text();
}

} // namespace griddesk::app
