#pragma once
// Runs a command-line tool (poppler's pdftotext, pdfinfo, …) to read back
// what a test wrote, and returns its standard output as UTF-8 text.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace griddesk::test {

inline QString runTool(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(120000);
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace griddesk::test
