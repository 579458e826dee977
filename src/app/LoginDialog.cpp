#include "LoginDialog.h"
#include "AppSettings.h"
#include "Store.h"
#include "StoreError.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace griddesk::app {

LoginDialog::LoginDialog(Store &store, const QString &databaseName, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign In"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("%1 is protected: sign in with your own name and password.").arg(databaseName), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(settings::lastUsername(), this);
    m_name->setObjectName(QStringLiteral("usernameEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("User name"), m_name);
    form->addRow(tr("Password"), m_password);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign In"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    (m_name->text().isEmpty() ? m_name : m_password)->setFocus();
}

void LoginDialog::accept()
{
    try {
        m_user = m_store.authenticate(m_name->text().trimmed(), m_password->text());
    } catch (const StoreError &e) {
        m_problem->setText(e.message());
        return;
    }
    if (!m_user) {
        // Each failure waits a little longer: guessing is slow.
        ++m_failures;
        QThread::msleep(quint32(qMin(200 * m_failures, 2000)));
        m_password->clear();
        m_password->setFocus();
        m_problem->setText(tr("The user name or password is not correct."));
        return;
    }
    settings::setLastUsername(m_user->username);
    QDialog::accept();
}

} // namespace griddesk::app
