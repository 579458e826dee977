#pragma once
// Runs the built griddesk-admin with arguments and keeps what it said.

#include "TestDemo.h"

#include <QProcess>
#include <QStringList>

namespace griddesk::test {

struct AdminRun {
    int exitCode;
    QProcess::ExitStatus status;
    QString out;
    QString err;
};

inline AdminRun admin(const QStringList &args)
{
    QProcess p;
    p.start(adminProgram(), args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.exitStatus(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace griddesk::test
