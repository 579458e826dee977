#pragma once
// A KPI card for the leaders' dashboard: the KPI's name, its value in large
// type with its unit, the sample behind it, and its change against the
// previous period and the same period last year, coloured by whether the
// change is for the better. Too few cases show no value. Clicking it (or
// Enter while it has focus) asks for the cases behind the figure.

#include "ChartData.h"

#include <QFrame>

class QLabel;

namespace griddesk::app {

class KpiCardWidget : public QFrame
{
    Q_OBJECT

public:
    enum class Tone { Good, Bad, Neutral };

    explicit KpiCardWidget(QWidget *parent = nullptr);

    void setData(const KpiCardData &data);
    const KpiCardData &data() const;
    // The tone of a change from `before` to the card's value: neutral without
    // a comparison, with too few cases, or when the change rounds to nothing.
    static Tone toneOf(const KpiCardData &data, const ChartComparison &before);
    Tone previousPeriodTone() const;
    Tone lastYearTone() const;

Q_SIGNALS:
    void clicked(const QString &key);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void showChange(QLabel *label, const QString &prefix, const ChartComparison &before);

    KpiCardData m_data;
    QLabel *m_name;
    QLabel *m_value;
    QLabel *m_unit;
    QLabel *m_sample;
    QLabel *m_previous;
    QLabel *m_lastYear;
};

} // namespace griddesk::app
