#include "process_files.h"

#include <QDir>
#include <QFile>
#include <QStringList>

#include <sys/stat.h>
#include <unistd.h>

namespace fd::test {

std::optional<FileId> fileId(const QString& path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        return std::nullopt;
    }
    return FileId{static_cast<quint64>(st.st_dev), static_cast<quint64>(st.st_ino)};
}

QList<OpenFile> openFiles() {
    QList<OpenFile> files;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString& fd : fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
        const QString link = fds.filePath(fd);
        QString target = QFile::symLinkTarget(link);
        if (target.isEmpty()) {
            target = QString::fromUtf8(QFile::encodeName(link));
        }
        OpenFile f;
        static const QLatin1String deletedMark(" (deleted)");
        f.deleted = target.endsWith(deletedMark);
        if (f.deleted) {
            target.chop(deletedMark.size());
        }
        f.target = target;
        // stat() follows the descriptor's link to the open file, even a deleted one.
        if (const std::optional<FileId> id = fileId(link)) {
            f.id = *id;
            files << f;
        }
    }
    return files;
}

namespace {

QStringList locksLines() {
    QFile f(QStringLiteral("/proc/locks"));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromLatin1(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

/// The fields of a /proc/locks line without its number and a waiter's "->":
/// POSIX ADVISORY READ <pid> <maj:min:inode> <start> <end>.
QStringList lockFields(const QString& line) {
    QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!fields.isEmpty()) {
        fields.removeFirst();
    }
    if (!fields.isEmpty() && fields.first() == QLatin1String("->")) {
        return {};  // waiting for a lock, not holding it
    }
    return fields;
}

}  // namespace

bool holdsPosixLock(qint64 pid, const FileId& id) {
    for (const QString& line : locksLines()) {
        const QStringList f = lockFields(line);
        if (f.size() < 5 || f.at(0) != QLatin1String("POSIX") || f.at(3).toLongLong() != pid) {
            continue;
        }
        // The device is printed as the kernel's major:minor, which on some file systems is
        // not stat()'s st_dev; the owner and the inode identify the file well enough here.
        if (f.at(4).section(QLatin1Char(':'), 2).toULongLong() == id.inode) {
            return true;
        }
    }
    return false;
}

QString posixLocksOf(qint64 pid) {
    QStringList mine;
    for (const QString& line : locksLines()) {
        const QStringList f = lockFields(line);
        if (f.size() >= 5 && f.at(3).toLongLong() == pid) {
            mine << line;
        }
    }
    return mine.isEmpty() ? QStringLiteral("(none)") : mine.join(QLatin1Char('\n'));
}

}  // namespace fd::test
