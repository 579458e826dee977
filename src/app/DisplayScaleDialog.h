#pragma once
// View > Display Scale: the scale the console starts with on this computer,
// for a projector or video wall that reports the wrong DPI. It applies from
// the next start.

#include <QDialog>

class QComboBox;

namespace griddesk::app {

class DisplayScaleDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DisplayScaleDialog(QWidget *parent = nullptr);
    QComboBox *scaleCombo() const { return m_scale; }
    void accept() override;

private:
    QComboBox *m_scale;
};

} // namespace griddesk::app
