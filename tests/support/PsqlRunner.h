#pragma once
// psql under a person's own login, for the server's security tests: what a
// person can do by hand, outside the console.

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringList>

#include <memory>

namespace griddesk::test {

struct PsqlResult {
    int code = -1;
    QString out;
    QString err;
};

class PsqlRunner
{
public:
    // conninfo: the test database's, with any user= replaced by each login.
    PsqlRunner(QString conninfo, QString password)
        : m_conninfo(std::move(conninfo))
        , m_password(std::move(password))
    {
    }

    // Runs statements (each -c is its own transaction) and waits for psql to end.
    PsqlResult run(const QString &login, const QStringList &statements, const QString &password = {}) const
    {
        std::unique_ptr<QProcess> p = start(login, statements, password);
        p->waitForFinished(60000);
        return {p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1,
                QString::fromUtf8(p->readAllStandardOutput()).trimmed(),
                QString::fromUtf8(p->readAllStandardError()).trimmed()};
    }
    PsqlResult run(const QString &login, const QString &statement, const QString &password = {}) const
    {
        return run(login, QStringList{statement}, password);
    }

    // Starts psql and returns at once: a session that holds something open.
    std::unique_ptr<QProcess> start(const QString &login, const QStringList &statements, const QString &password = {}) const
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), password.isEmpty() ? m_password : password);
        p->setProcessEnvironment(env);
        QString conninfo = m_conninfo;
        conninfo.replace(QRegularExpression(QStringLiteral("user=\\S+")), QStringLiteral("user=") + login);
        QStringList args{QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                         QStringLiteral("-d"), conninfo};
        for (const QString &s : statements)
            args << QStringLiteral("-c") << s;
        p->start(QStandardPaths::findExecutable(QStringLiteral("psql")), args);
        p->waitForStarted();
        return p;
    }

private:
    QString m_conninfo;
    QString m_password;
};

} // namespace griddesk::test
