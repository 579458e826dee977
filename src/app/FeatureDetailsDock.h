#pragma once
// Shows the details of the feature last identified on the map.

#include "FieldPresenter.h"

#include <QDockWidget>

class QLabel;
class QTableWidget;

namespace griddesk::app {

class FeatureDetailsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit FeatureDetailsDock(QWidget *parent = nullptr);
    void showRows(const QString &kind, const QString &title, const FieldPresenter::Rows &rows);
    void clear();

    QString titleText() const;
    // The value shown for a field label, for tests and copy actions.
    QString valueFor(const QString &label) const;

private:
    QLabel *m_kind;
    QLabel *m_title;
    QTableWidget *m_table;
};

} // namespace griddesk::app
