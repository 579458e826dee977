#pragma once
// The rows of a list of areas or codes to choose from (a combo box's model):
// each the text shown, with its code as Qt::UserRole data (and as its tool
// tip when asked). Gathered first and put into one model at once: a city's
// 15,000 grids added one item at a time keep the console busy.

#include <QList>
#include <QString>

class QComboBox;
class QObject;
class QStandardItem;
class QStandardItemModel;

namespace griddesk::app {

class CodeListRows
{
public:
    explicit CodeListRows(bool codeAsToolTip = false);
    ~CodeListRows();
    CodeListRows(const CodeListRows &) = delete;
    CodeListRows &operator=(const CodeListRows &) = delete;

    void reserve(int rows) { m_rows.reserve(rows); }
    void add(const QString &text, const QString &code);
    // A model of one column with the rows added so far, owned by `parent`;
    // the rows go to it.
    QStandardItemModel *takeModel(QObject *parent);
    // The rows as the box's list, in a model the box owns; the box's own
    // model before goes with it. The box's current row is its first.
    void putInto(QComboBox *box);

private:
    bool m_codeAsToolTip;
    QList<QStandardItem *> m_rows;
};

} // namespace griddesk::app
