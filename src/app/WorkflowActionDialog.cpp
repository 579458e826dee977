#include "WorkflowActionDialog.h"
#include "AppSettings.h"
#include "ConsoleSession.h"
#include "IncidentWorkflow.h"
#include "Store.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace griddesk::app {

WorkflowActionDialog::WorkflowActionDialog(IncidentAction action, const QVector<Incident> &incidents,
                                           const ConsoleSession &session, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_incidents(incidents)
    , m_session(session)
{
    setObjectName(QStringLiteral("workflowActionDialog"));
    setWindowTitle(incidentaction::displayName(action));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("actionHeading"));
    heading->setWordWrap(true);
    heading->setText(incidents.size() == 1
                         ? QStringLiteral("<b>%1</b>  %2").arg(incidents.first().code, incidents.first().title.toHtmlEscaped())
                         : tr("<b>%n case(s)</b> selected", nullptr, incidents.size()));
    layout->addWidget(heading);

    auto *form = new QFormLayout;
    const IncidentWorkflow::Rule *rule = IncidentWorkflow::rule(action);
    const int needs = rule ? rule->needs : 0;
    const QVector<Department> departments = session.store().departments();
    if (needs & IncidentWorkflow::NeedDepartment) {
        m_department = new QComboBox(this);
        m_department->setObjectName(QStringLiteral("departmentCombo"));
        m_department->addItem(QString(), QString());
        for (const Department &d : departments)
            m_department->addItem(session.departmentName(d.code), d.code);
        if (incidents.size() >= 1) {
            // Routing rules suggest where the first case should go.
            const QString suggested = session.store().suggestDepartment(incidents.first().categoryCode,
                                                                        incidents.first().gridCode);
            if (suggested != incidents.first().leadDepartment)
                m_department->setCurrentIndex(std::max(0, m_department->findData(suggested)));
        }
        form->addRow(action == IncidentAction::Transfer ? tr("Transfer to") : tr("Handling department"), m_department);
        connect(m_department, qOverload<int>(&QComboBox::currentIndexChanged), this, &WorkflowActionDialog::revalidate);
    }
    if (needs & IncidentWorkflow::NeedDepartments) {
        m_departments = new QListWidget(this);
        m_departments->setObjectName(QStringLiteral("coDepartmentList"));
        for (const Department &d : departments) {
            auto *item = new QListWidgetItem(session.departmentName(d.code), m_departments);
            item->setData(Qt::UserRole, d.code);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        m_departments->setMaximumHeight(180);
        form->addRow(tr("Co-handling departments"), m_departments);
        connect(m_departments, &QListWidget::itemChanged, this, &WorkflowActionDialog::revalidate);
    }
    if (needs & IncidentWorkflow::NeedSatisfaction) {
        m_satisfaction = new QButtonGroup(this);
        auto *row = new QWidget(this);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        for (Satisfaction s : satisfaction::all()) {
            auto *b = new QRadioButton(satisfaction::displayName(s), row);
            b->setObjectName(QStringLiteral("satisfaction_") + satisfaction::code(s));
            m_satisfaction->addButton(b, int(s));
            h->addWidget(b);
        }
        form->addRow(tr("Reporter's evaluation"), row);
        connect(m_satisfaction, &QButtonGroup::idClicked, this, &WorkflowActionDialog::revalidate);
    }
    if (needs & IncidentWorkflow::NeedMaster) {
        m_master = new QLineEdit(this);
        m_master->setObjectName(QStringLiteral("masterCaseEdit"));
        m_master->setPlaceholderText(tr("Case number of the case this one duplicates"));
        form->addRow(tr("Merge into"), m_master);
        connect(m_master, &QLineEdit::textChanged, this, &WorkflowActionDialog::revalidate);
    }
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText((needs & IncidentWorkflow::NeedNote) ? tr("Required: the reason, result or findings")
                                                                    : tr("Optional note"));
    m_note->setMaximumHeight(120);
    form->addRow(tr("Note"), m_note);
    connect(m_note, &QPlainTextEdit::textChanged, this, &WorkflowActionDialog::revalidate);
    layout->addLayout(form);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));
    layout->addWidget(m_problems);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(incidentaction::displayName(action));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    revalidate();
}

WorkflowRequest WorkflowActionDialog::request() const
{
    WorkflowRequest q;
    q.action = m_action;
    q.role = m_session.operatorRole();
    q.actor = m_session.operatorName().isEmpty() ? role::displayName(q.role) : m_session.operatorName();
    q.at = QDateTime::currentDateTimeUtc();
    q.note = m_note->toPlainText().trimmed();
    if (m_department)
        q.department = m_department->currentData().toString();
    if (m_departments)
        for (int i = 0; i < m_departments->count(); ++i)
            if (m_departments->item(i)->checkState() == Qt::Checked)
                q.departments << m_departments->item(i)->data(Qt::UserRole).toString();
    if (m_satisfaction && m_satisfaction->checkedId() >= 0)
        q.satisfaction = Satisfaction(m_satisfaction->checkedId());
    if (m_master && !m_master->text().trimmed().isEmpty()) {
        const std::optional<Incident> master = m_session.store().incidentByCode(m_master->text());
        q.masterId = master ? master->id : -1;
    }
    return q;
}

QString WorkflowActionDialog::problems() const
{
    const WorkflowRequest q = request();
    QStringList lines;
    if (m_master && q.masterId < 0)
        lines << tr("No case has the number %1").arg(m_master->text().trimmed());
    for (const Incident &i : m_incidents) {
        const QVector<FieldError> errors = IncidentWorkflow::check(i.caseState(), q);
        for (const FieldError &e : errors) {
            const QString line = m_incidents.size() == 1 ? e.message : QStringLiteral("%1: %2").arg(i.code, e.message);
            if (!lines.contains(line))
                lines << line;
        }
        if (lines.size() > 6)
            break;
    }
    return lines.join(QLatin1Char('\n'));
}

void WorkflowActionDialog::revalidate()
{
    const QString p = problems();
    m_problems->setText(p);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

void WorkflowActionDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

void WorkflowActionDialog::setDepartment(const QString &code)
{
    if (m_department)
        m_department->setCurrentIndex(m_department->findData(code));
}

void WorkflowActionDialog::setDepartments(const QStringList &codes)
{
    if (!m_departments)
        return;
    for (int i = 0; i < m_departments->count(); ++i)
        m_departments->item(i)->setCheckState(codes.contains(m_departments->item(i)->data(Qt::UserRole).toString())
                                                  ? Qt::Checked
                                                  : Qt::Unchecked);
}

void WorkflowActionDialog::setSatisfaction(Satisfaction s)
{
    if (m_satisfaction && m_satisfaction->button(int(s)))
        m_satisfaction->button(int(s))->click();
}

void WorkflowActionDialog::setMasterCode(const QString &code)
{
    if (m_master)
        m_master->setText(code);
}

} // namespace griddesk::app
