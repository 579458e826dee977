#include "AtomicFileWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace griddesk {

namespace {
QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}
} // namespace

bool AtomicFileWriter::canWrite(const QString &path, QString *error)
{
    const QFileInfo target(path);
    const QFileInfo folder(target.absolutePath());
    QString reason;
    if (path.isEmpty())
        reason = tr("no file name given");
    else if (!folder.isDir())
        reason = tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    else if (target.isDir())
        reason = tr("it is a folder");
    else if (!folder.isWritable())
        reason = tr("the folder %1 is not writable").arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    else if (target.exists() && !target.isWritable())
        reason = tr("the file is read-only");
    if (reason.isEmpty())
        return true;
    if (error)
        *error = tr("Cannot write %1: %2").arg(shown(path), reason);
    return false;
}

bool AtomicFileWriter::write(const QString &path, const QByteArray &bytes, QString *error)
{
    if (!canWrite(path, error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(shown(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace griddesk
