#pragma once
// Writes a whole file or nothing: the bytes go to a temporary file beside the
// target, which is renamed over it only once complete, so a failed export
// never leaves half a file. Failures say which file and why.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace griddesk {

class AtomicFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFileWriter)

public:
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
    // Fails early, before the work of making the bytes, when `path` cannot be
    // written (a missing or read-only folder); says why in *error.
    static bool canWrite(const QString &path, QString *error);
};

} // namespace griddesk
