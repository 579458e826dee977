#include "GridSaveDialog.h"
#include "ConsoleSession.h"
#include "GridEditRefused.h"
#include "Store.h"
#include "StoreError.h"
#include "topology/TopologyText.h"

#include <QHeaderView>
#include <QPushButton>
#include <QtConcurrent>

namespace griddesk::app {

namespace {
namespace NewGridColumn {
enum { Code, Name, ShortName, Count };
}
}

GridSaveDialog::GridSaveDialog(ConsoleSession &session, const map::GridSketch &sketch, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_sketch(sketch)
{
    m_ui.setupUi(this);
    setObjectName(QStringLiteral("gridSaveDialog"));
    const AdminUnit &community = sketch.community();
    QString what;
    switch (sketch.change()) {
    case UnitChange::Split:
        what = tr("Split a grid of %1 into %n grid(s).", nullptr, int(sketch.newKeys().size()));
        break;
    case UnitChange::Merged:
        what = tr("Merge %n grid(s) of %1 into one.", nullptr, int(sketch.retired().size()));
        break;
    case UnitChange::Drawn:
        what = tr("Add %n new grid(s) to %1.", nullptr, int(sketch.newKeys().size()));
        break;
    default: {
        int changed = 0;
        for (const map::GridSketch::Piece &p : sketch.pieces())
            changed += p.changed ? 1 : 0;
        what = tr("Reshape %n grid(s) of %1.", nullptr, changed);
    }
    }
    what = what.arg(community.name);
    if (!sketch.retired().isEmpty())
        what += QLatin1Char(' ') + tr("Codes retired for good: %1.").arg(sketch.retired().join(tr(", ")));
    m_ui.summaryLabel->setText(what);

    const QDate today = QDate::currentDate();
    m_ui.effectiveEdit->setMaximumDate(today);
    m_ui.effectiveEdit->setDate(today);
    m_ui.effectiveEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));

    m_ui.newGridsTable->setColumnCount(NewGridColumn::Count);
    m_ui.newGridsTable->setHorizontalHeaderLabels({tr("Code (expected)"), tr("Name"), tr("Short name")});
    m_ui.newGridsTable->verticalHeader()->hide();
    m_ui.newGridsTable->horizontalHeader()->setSectionResizeMode(NewGridColumn::Name, QHeaderView::Stretch);
    fillNewGrids();

    const bool admin = isAdministrator();
    m_ui.justificationLabel->setVisible(admin);
    m_ui.justificationEdit->setVisible(admin);
    m_ui.problemList->setVisible(false);
    m_ui.errorLabel->setVisible(false);
    saveButton()->setObjectName(QStringLiteral("saveGridEditButton"));
    connect(m_ui.buttons, &QDialogButtonBox::accepted, this, &GridSaveDialog::save);
    connect(m_ui.buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The topology of the result, before anything is written.
    m_ui.checkLabel->setText(tr("Checking the topology of the edited grids…"));
    connect(&m_check, &QFutureWatcher<Check>::finished, this, [this] {
        const Check c = m_check.result();
        if (!c.error.isEmpty())
            m_ui.checkLabel->setText(tr("The topology could not be checked: %1").arg(c.error));
        else
            showProblems(c.report);
        Q_EMIT checked();
    });
    const GridEdit edit = sketch.toGridEdit(names(), today, QString());
    const StoreOpener opener = session.opener();
    m_check.setFuture(QtConcurrent::run([opener, edit]() -> Check {
        Check c;
        try {
            c.report = opener.open(StoreOpener::Access::ReadOnly)->checkEdit(edit);
        } catch (const StoreError &e) {
            c.error = e.message();
        } catch (const std::exception &e) {
            c.error = QString::fromLocal8Bit(e.what());
        }
        return c;
    }));
}

GridSaveDialog::~GridSaveDialog()
{
    m_check.waitForFinished();
}

QPushButton *GridSaveDialog::saveButton() const
{
    return m_ui.buttons->button(QDialogButtonBox::Save);
}

bool GridSaveDialog::isAdministrator() const
{
    return m_session.operatorRole() == Role::Administrator;
}

void GridSaveDialog::fillNewGrids()
{
    const QVector<int> keys = m_sketch.newKeys();
    m_ui.newGridsLabel->setVisible(!keys.isEmpty());
    m_ui.newGridsTable->setVisible(!keys.isEmpty());
    m_ui.newGridsTable->setRowCount(keys.size());
    const AdminUnit &community = m_sketch.community();
    int next = 0;
    try {
        next = m_session.store().nextGridCode(community.code).right(3).toInt();
    } catch (const StoreError &) {
        next = 0; // the codes are the store's to give; the names can still be typed
    }
    const QString communityLabel = community.shortName.isEmpty() ? community.name : community.shortName;
    for (int row = 0; row < keys.size(); ++row) {
        const int sequence = next > 0 ? next + row : 0;
        auto *code = new QTableWidgetItem(sequence > 0 ? community.code + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'))
                                                       : tr("given on saving"));
        code->setFlags(code->flags() & ~Qt::ItemIsEditable);
        code->setData(Qt::UserRole, keys[row]);
        m_ui.newGridsTable->setItem(row, NewGridColumn::Code, code);
        // Named as the demo names grids: 林海社区第4网格, 林海4.
        const QString community2 = communityLabel.left(2);
        m_ui.newGridsTable->setItem(row, NewGridColumn::Name, new QTableWidgetItem(
            sequence > 0 ? QStringLiteral("%1第%2网格").arg(communityLabel).arg(sequence) : QString()));
        m_ui.newGridsTable->setItem(row, NewGridColumn::ShortName, new QTableWidgetItem(
            sequence > 0 ? QStringLiteral("%1%2").arg(community2).arg(sequence) : QString()));
    }
    m_ui.newGridsTable->resizeColumnToContents(NewGridColumn::Code);
}

QHash<int, map::GridSketch::Naming> GridSaveDialog::names() const
{
    QHash<int, map::GridSketch::Naming> out;
    for (int row = 0; row < m_ui.newGridsTable->rowCount(); ++row) {
        const int key = m_ui.newGridsTable->item(row, NewGridColumn::Code)->data(Qt::UserRole).toInt();
        const QString name = m_ui.newGridsTable->item(row, NewGridColumn::Name)->text().trimmed();
        const QString shortName = m_ui.newGridsTable->item(row, NewGridColumn::ShortName)->text().trimmed();
        out.insert(key, {name, shortName.isEmpty() ? name : shortName});
    }
    return out;
}

void GridSaveDialog::showProblems(const topology::TopologyReport &report)
{
    m_ui.problemList->clear();
    for (const topology::TopologyProblem &p : report.problems) {
        auto *item = new QListWidgetItem(topology::TopologyText::describe(p));
        item->setToolTip(topology::TopologyText::location(p));
        m_ui.problemList->addItem(item);
    }
    m_ui.problemList->setVisible(!report.problems.isEmpty());
    if (report.problems.isEmpty())
        m_ui.checkLabel->setText(tr("The edited grids keep the topology rules."));
    else
        m_ui.checkLabel->setText(isAdministrator()
                                     ? tr("The edit breaks the topology rules (%n problem(s)). It can be saved only with a justification.", nullptr, int(report.problems.size()))
                                     : tr("The edit breaks the topology rules (%n problem(s)) and cannot be saved; only an administrator may save it anyway.", nullptr, int(report.problems.size())));
}

void GridSaveDialog::save()
{
    const QHash<int, map::GridSketch::Naming> named = names();
    for (auto it = named.cbegin(); it != named.cend(); ++it) {
        if (it->name.isEmpty()) {
            m_ui.errorLabel->setText(tr("Give every new grid a name."));
            m_ui.errorLabel->setVisible(true);
            return;
        }
    }
    const QString justification = isAdministrator() ? m_ui.justificationEdit->toPlainText().trimmed() : QString();
    const GridEdit edit = m_sketch.toGridEdit(named, m_ui.effectiveEdit->date(), justification);
    try {
        m_saved = m_session.store().saveGridEdit(edit);
        accept();
    } catch (const GridEditRefused &e) {
        showProblems(e.report());
        m_ui.errorLabel->setText(isAdministrator()
                                     ? tr("Not saved: the edit breaks the topology rules. Give a justification to save it anyway.")
                                     : tr("Not saved: the edit breaks the topology rules. Fix the problems, or ask an administrator."));
        m_ui.errorLabel->setVisible(true);
        if (isAdministrator())
            m_ui.justificationEdit->setFocus();
    } catch (const StoreError &e) {
        m_ui.errorLabel->setText(tr("Not saved: %1").arg(e.message()));
        m_ui.errorLabel->setVisible(true);
    }
}

} // namespace griddesk::app
