#include "CodeListRows.h"

#include <QComboBox>
#include <QPointer>
#include <QStandardItemModel>

namespace griddesk::app {

CodeListRows::CodeListRows(bool codeAsToolTip)
    : m_codeAsToolTip(codeAsToolTip)
{
}

CodeListRows::~CodeListRows()
{
    qDeleteAll(m_rows); // those not handed to a model
}

void CodeListRows::add(const QString &text, const QString &code)
{
    auto *item = new QStandardItem(text);
    item->setData(code, Qt::UserRole);
    if (m_codeAsToolTip)
        item->setData(code, Qt::ToolTipRole);
    m_rows << item;
}

QStandardItemModel *CodeListRows::takeModel(QObject *parent)
{
    auto *model = new QStandardItemModel(parent);
    if (!m_rows.isEmpty())
        model->appendColumn(m_rows);
    m_rows.clear();
    return model;
}

void CodeListRows::putInto(QComboBox *box)
{
    const QPointer<QAbstractItemModel> before = box->model();
    box->setModel(takeModel(box)); // deletes a model the box owns, in the Qt versions we build with
    if (before && before->parent() == box)
        before->deleteLater();
}

} // namespace griddesk::app
