#include "PasswordVault.h"

#ifdef GRIDDESK_WITH_KEYCHAIN
#include <qt5keychain/keychain.h>

#include <QEventLoop>
#endif

namespace griddesk::app::passwordvault {

#ifdef GRIDDESK_WITH_KEYCHAIN
namespace {
const QString kService = QStringLiteral("GridDesk");

// Keyring jobs are asynchronous; the dialog waits for the answer.
template<typename Job>
bool runJob(Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError;
}
} // namespace

bool isAvailable()
{
    return true;
}

QString read(const QString &key)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(key);
    return runJob(job) ? job.textData() : QString();
}

bool write(const QString &key, const QString &password, QString *error)
{
    QKeychain::WritePasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(key);
    job.setTextData(password);
    if (runJob(job))
        return true;
    *error = job.errorString();
    return false;
}

void remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(key);
    runJob(job);
}
#else
bool isAvailable()
{
    return false;
}

QString read(const QString &)
{
    return {};
}

bool write(const QString &, const QString &, QString *error)
{
    *error = QStringLiteral("this GridDesk was built without keyring support");
    return false;
}

void remove(const QString &) {}
#endif

} // namespace griddesk::app::passwordvault
