#include "DecisionDialog.h"
#include "DivisionCode.h"
#include "Language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace griddesk::app {

DecisionDialog::DecisionDialog(const ItemFacts &facts, const QVector<Department> &departments,
    const WorkingCalendar &calendar, const QDateTime &decidedAt, const QHash<qint64, QString> &caseLabels,
    QWidget *parent)
    : QDialog(parent)
    , m_facts(facts)
    , m_calendar(calendar)
    , m_decidedAt(decidedAt)
    , m_decision(new QPlainTextEdit(this))
    , m_department(new QComboBox(this))
    , m_days(new QSpinBox(this))
    , m_deadline(new QLabel(this))
    , m_cases(new QListWidget(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(tr("Record a decision"));
    setMinimumWidth(560);
    m_decision->setObjectName(QStringLiteral("decisionText"));
    m_department->setObjectName(QStringLiteral("decisionDepartment"));
    m_days->setObjectName(QStringLiteral("decisionWorkingDays"));
    m_deadline->setObjectName(QStringLiteral("decisionDeadline"));
    m_cases->setObjectName(QStringLiteral("decisionCases"));
    m_problem->setObjectName(QStringLiteral("decisionProblem"));
    m_buttons->setObjectName(QStringLiteral("decisionButtons"));

    m_decision->setPlaceholderText(tr("What the meeting decided, and what is to be done"));
    m_decision->setMaximumHeight(120);
    m_department->addItem(tr("Choose the owner department"), QString());
    for (const Department &d : departments)
        m_department->addItem(language::isChinese() ? d.nameZh : d.nameEn, d.code);
    m_days->setRange(1, 60);
    m_days->setValue(5);
    m_days->setSuffix(tr(" working days"));
    m_deadline->setWordWrap(true);
    for (qint64 id : facts.caseIds) {
        auto *row = new QListWidgetItem(caseLabels.value(id, QStringLiteral("#%1").arg(id)), m_cases);
        row->setData(Qt::UserRole, id);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        row->setCheckState(Qt::Checked);
    }
    m_cases->setMaximumHeight(160);
    m_cases->setVisible(!facts.caseIds.isEmpty());
    QPalette pp = m_problem->palette();
    pp.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_problem->setPalette(pp);
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout(this);
    auto *item = new QLabel(facts.title, this);
    item->setObjectName(QStringLiteral("decisionItem"));
    item->setWordWrap(true);
    form->addRow(tr("Agenda item"), item);
    form->addRow(tr("Decision"), m_decision);
    form->addRow(tr("Owner department"), m_department);
    form->addRow(tr("Time limit"), m_days);
    form->addRow(tr("Deadline"), m_deadline);
    if (!facts.caseIds.isEmpty())
        form->addRow(tr("Cases concerned"), m_cases);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_decision, &QPlainTextEdit::textChanged, this, &DecisionDialog::update);
    connect(m_department, qOverload<int>(&QComboBox::currentIndexChanged), this, &DecisionDialog::update);
    connect(m_days, qOverload<int>(&QSpinBox::valueChanged), this, &DecisionDialog::update);
    update();
}

QDateTime DecisionDialog::deadline() const
{
    return m_calendar.addWorkingDays(m_decidedAt, m_days->value());
}

bool DecisionDialog::isComplete(QString *why) const
{
    QString problem;
    if (m_decision->toPlainText().trimmed().isEmpty())
        problem = tr("Write the decision.");
    else if (m_department->currentData().toString().isEmpty())
        problem = tr("Choose the department that owns the task.");
    if (why)
        *why = problem;
    return problem.isEmpty();
}

void DecisionDialog::update()
{
    // The deadline is the end of its last working day (24:00 China time):
    // show that day.
    const QDateTime due = deadline();
    const QDate lastDay = WorkingCalendar::localDay(due.addSecs(-1));
    m_deadline->setText(tr("By the end of %1 (%n working day(s) from today)", "", m_days->value())
                            .arg(QLocale().toString(lastDay, QLocale::LongFormat)));
    QString why;
    const bool complete = isComplete(&why);
    m_problem->setText(why);
    m_problem->setVisible(!complete);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(complete);
}

MeetingTask DecisionDialog::task() const
{
    MeetingTask t;
    t.meetingId = m_facts.item.meetingId;
    t.agendaItemId = m_facts.item.id;
    t.decision = m_decision->toPlainText().trimmed();
    t.ownerDepartment = m_department->currentData().toString();
    t.workingDays = m_days->value();
    t.decidedAt = m_decidedAt;
    t.dueAt = deadline();
    // 80 % of the working time, as for cases.
    const qint64 working = m_calendar.workingSecondsBetween(m_decidedAt, t.dueAt);
    t.warnAt = m_calendar.addWorkingSeconds(m_decidedAt, working * 8 / 10);
    for (int i = 0; i < m_cases->count(); ++i)
        if (m_cases->item(i)->checkState() == Qt::Checked)
            t.caseIds << m_cases->item(i)->data(Qt::UserRole).toLongLong();
    // The unit it concerns: the item's one unit, with its chain upwards.
    if (m_facts.unitCodes.size() == 1) {
        QString code = m_facts.unitCodes.first();
        AdminLevel level = AdminLevel::Grid;
        for (int up = 0; up < 4 && !code.isEmpty() && divisioncode::levelOf(code, &level); ++up) {
            if (level == AdminLevel::Grid)
                t.gridCode = code;
            else if (level == AdminLevel::Community)
                t.communityCode = code;
            else if (level == AdminLevel::Township)
                t.townshipCode = code;
            code = divisioncode::parentOf(code);
        }
    }
    return t;
}

} // namespace griddesk::app
