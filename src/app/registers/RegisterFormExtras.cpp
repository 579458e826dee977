#include "RegisterFormExtras.h"
#include "RegisterForm.h"
#include "RegisterStore.h"
#include "RegisterTableModel.h"
#include "RegistersModule.h"
#include "Store.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>

namespace griddesk::app::registerformextras {

namespace {

template <typename T>
T *child(const RegisterForm &form, const char *name)
{
    return form.body()->findChild<T *>(QString::fromLatin1(name));
}

// Rows of child records: one column per field named, as the lists show them.
void fillTable(QTableWidget *table, const QVector<RegisterRecord> &rows, const QStringList &columns)
{
    table->setRowCount(0);
    for (const RegisterRecord &r : rows) {
        const int at = table->rowCount();
        table->insertRow(at);
        const RegisterSpec &spec = registercatalog::spec(r.kind);
        for (int c = 0; c < columns.size(); ++c) {
            const RegisterField *f = spec.field(columns[c]);
            auto *item = new QTableWidgetItem(f ? RegisterTableModel::displayText(*f, r.value(f->column)) : QString());
            item->setData(Qt::UserRole, r.id);
            table->setItem(at, c, item);
        }
    }
    table->resizeColumnsToContents();
}

qint64 selectedId(const QTableWidget *table)
{
    const QList<QTableWidgetItem *> items = table->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(Qt::UserRole).toLongLong();
}

void linkedCases(RegisterForm &form, RegistersModule &module, Store &store)
{
    auto *list = child<QListWidget>(form, "casesList");
    auto *code = child<QLineEdit>(form, "caseCodeEdit");
    auto *link = child<QPushButton>(form, "linkCaseButton");
    auto *unlink = child<QPushButton>(form, "unlinkCaseButton");
    if (!list || !code || !link || !unlink)
        return;
    const RegisterKind kind = form.kind();
    const qint64 id = form.record().id;
    auto fill = [&form, &module, &store, list, kind, id] {
        list->clear();
        try {
            for (qint64 incidentId : module.registers().linkedIncidents(kind, id)) {
                const std::optional<Incident> i = store.incident(incidentId);
                auto *item = new QListWidgetItem(i ? QStringLiteral("%1  %2").arg(i->code, i->title)
                                                   : QCoreApplication::translate("griddesk::app::RegisterFormExtras", "Case %1 (outside your area)").arg(incidentId));
                item->setData(Qt::UserRole, incidentId);
                list->addItem(item);
            }
        } catch (const StoreError &e) {
            QMessageBox::warning(&form, registerkind::displayName(kind), e.message());
        }
    };
    QObject::connect(link, &QPushButton::clicked, &form, [&form, &module, &store, code, kind, id, fill] {
        try {
            const std::optional<Incident> i = store.incidentByCode(code->text().trimmed());
            if (!i) {
                QMessageBox::warning(&form, registerkind::displayName(kind), QCoreApplication::translate("griddesk::app::RegisterFormExtras", "There is no case %1").arg(code->text().trimmed()));
                return;
            }
            module.registers().linkIncident(kind, id, i->id);
            code->clear();
            fill();
        } catch (const StoreError &e) {
            QMessageBox::warning(&form, registerkind::displayName(kind), e.message());
        }
    });
    QObject::connect(unlink, &QPushButton::clicked, &form, [&form, &module, list, kind, id, fill] {
        if (!list->currentItem())
            return;
        try {
            module.registers().unlinkIncident(kind, id, list->currentItem()->data(Qt::UserRole).toLongLong());
            fill();
        } catch (const StoreError &e) {
            QMessageBox::warning(&form, registerkind::displayName(kind), e.message());
        }
    });
    QObject::connect(code, &QLineEdit::returnPressed, link, &QPushButton::click);
    fill();
}

void parties(RegisterForm &form, RegistersModule &module)
{
    auto *table = child<QTableWidget>(form, "partiesTable");
    auto *add = child<QPushButton>(form, "addPartyButton");
    auto *remove = child<QPushButton>(form, "removePartyButton");
    if (!table || !add || !remove)
        return;
    const QString ledger = form.record().text(QStringLiteral("ledger_no"));
    auto fill = [&module, table, ledger] {
        RegisterQuery q;
        q.parentKey = ledger;
        fillTable(table, module.registers().registerRecords(RegisterKind::DisputeParties, q),
                  {QStringLiteral("name"), QStringLiteral("party_role"), QStringLiteral("id_number"), QStringLiteral("phone")});
    };
    QObject::connect(add, &QPushButton::clicked, &form, [&module, ledger, fill] {
        module.openChildForm(RegisterKind::DisputeParties, ledger);
        fill();
    });
    QObject::connect(remove, &QPushButton::clicked, &form, [&form, &module, table, fill] {
        const qint64 id = selectedId(table);
        if (id <= 0)
            return;
        const QString refused = module.removeRecord(RegisterKind::DisputeParties, id);
        if (!refused.isEmpty())
            QMessageBox::warning(&form, registerkind::displayName(RegisterKind::DisputeParties), refused);
        fill();
    });
    try {
        fill();
    } catch (const StoreError &e) {
        QMessageBox::warning(&form, registerkind::displayName(RegisterKind::Disputes), e.message());
    }
}

void visits(RegisterForm &form, RegistersModule &module)
{
    auto *table = child<QTableWidget>(form, "visitsTable");
    auto *record = child<QPushButton>(form, "recordVisitButton");
    if (!table || !record)
        return;
    const qint64 id = form.record().id;
    auto fill = [&module, table, id] {
        RegisterQuery q;
        q.parentKey = QString::number(id);
        fillTable(table, module.registers().registerRecords(RegisterKind::KeyPersonVisits, q),
                  {QStringLiteral("visited_on"), QStringLiteral("visit_kind"), QStringLiteral("staff_name"),
                   QStringLiteral("next_due")});
    };
    QObject::connect(record, &QPushButton::clicked, &form, [&form, &module, id, fill] {
        module.openChildForm(RegisterKind::KeyPersonVisits, id);
        fill();
        // The visit moved the next due date (and the record's version): show it as stored now.
        if (const std::optional<RegisterRecord> now = module.registers().registerRecord(RegisterKind::KeyPersons, id))
            form.setRecord(*now);
    });
    try {
        fill();
    } catch (const StoreError &e) {
        QMessageBox::warning(&form, registerkind::displayName(RegisterKind::KeyPersons), e.message());
    }
}

void residents(RegisterForm &form, RegistersModule &module)
{
    auto *table = child<QTableWidget>(form, "residentsTable");
    if (!table)
        return;
    try {
        fillTable(table, module.registers().houseResidents(form.record().text(QStringLiteral("house_no"))),
                  {QStringLiteral("name"), QStringLiteral("id_number"), QStringLiteral("resident_type"), QStringLiteral("relation")});
    } catch (const StoreError &e) {
        QMessageBox::warning(&form, registerkind::displayName(RegisterKind::Houses), e.message());
    }
}

} // namespace

void attach(RegisterForm &form, RegistersModule &module)
{
    const QList<QGroupBox *> groups = form.body()->findChildren<QGroupBox *>();
    if (form.isNew()) {
        // Parties, visits and links belong to a saved record.
        for (QGroupBox *g : groups) {
            g->setEnabled(false);
            g->setToolTip(QCoreApplication::translate("griddesk::app::RegisterFormExtras", "Save the record first; then open it again to add these."));
        }
        return;
    }
    for (QGroupBox *g : groups)
        g->setEnabled(module.mayWrite());
    switch (form.kind()) {
    case RegisterKind::Disputes:
        parties(form, module);
        linkedCases(form, module, module.store());
        break;
    case RegisterKind::KeyPersons: visits(form, module); break;
    case RegisterKind::Organisations: linkedCases(form, module, module.store()); break;
    case RegisterKind::Houses: residents(form, module); break;
    default: break;
    }
}

} // namespace griddesk::app::registerformextras
