#include "CodeListRows.h"

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

} // namespace griddesk::app
