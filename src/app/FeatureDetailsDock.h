#pragma once
// Shows the details of the feature last identified on the map.

#include "FieldPresenter.h"

#include <QDockWidget>

class QLabel;
class QPushButton;
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
    // Replaces the value shown for a label (a revealed phone number, say).
    void setValue(const QString &label, const QString &value);
    // The "show personal data" button, for an incident with personal data
    // shown masked, when the person has the right.
    void setRevealAvailable(bool available);

Q_SIGNALS:
    void revealRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Labels as wide as they need up to a share of the width; values wrap in the rest.
    void fitColumns();

    QLabel *m_kind;
    QLabel *m_title;
    QTableWidget *m_table;
    QPushButton *m_reveal;
};

} // namespace griddesk::app
