#pragma once
// Horizontal bars, one row per item, top to bottom, with a rank, a name that is
// never cut (it wraps instead) and the value beside the bar; greyed rows show
// their note instead of a bar. It grows with its rows and scrolls when they do
// not fit. The shared body of RankingBarChart and BreakdownChart.

#include <QScrollArea>
#include <QVector>

#include <memory>

namespace griddesk::app {

struct BarRow {
    QString key;
    QString rank; // "1", or empty
    QString label; // the unit's or category's name
    double value = 0; // the bar's length; not drawn for a greyed row
    QString valueText; // beside the bar, or in its place for a greyed row
    bool greyed = false;
};

class BarRowsView : public QScrollArea
{
    Q_OBJECT

public:
    explicit BarRowsView(QWidget *parent = nullptr);
    ~BarRowsView() override;

    void setRows(const QVector<BarRow> &rows);
    const QVector<BarRow> &rows() const;
    QStringList keys() const;
    // The emphasised row, also scrolled into view; an unknown key clears it.
    void setCurrentKey(const QString &key);
    QString currentKey() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // A row was clicked (bar, name or value), or chosen with Enter.
    void rowClicked(const QString &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void wrapNames();
    void layoutRows();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace griddesk::app
