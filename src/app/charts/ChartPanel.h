#pragma once
// The frame every chart of the console sits in: a title in the console's type,
// the chart, and a plain message in its place when there is nothing to show.
// Subclasses put their chart in with setChart().

#include <QFrame>

class QLabel;
class QStackedWidget;

namespace griddesk::app {

class ChartPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ChartPanel(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    // Whether the chart shows (true) or the "no data" message (false).
    bool hasData() const;

protected:
    void setChart(QWidget *chart);
    void setHasData(bool hasData);
    void changeEvent(QEvent *event) override;

private:
    void applyFonts();

    QLabel *m_title;
    QLabel *m_empty;
    QStackedWidget *m_stack;
};

} // namespace griddesk::app
