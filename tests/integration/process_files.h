#pragma once

// What the kernel says about this process's files (Linux /proc): which descriptors it has open
// and which POSIX locks it holds. Used to show that a database's WAL survives other programs.

#include <QList>
#include <QString>

#include <optional>

namespace fd::test {

/// A file as the kernel knows it: device and inode.
struct FileId {
    quint64 device = 0;
    quint64 inode = 0;
    bool operator==(const FileId&) const = default;
};

/// The file at `path`, if it exists.
std::optional<FileId> fileId(const QString& path);

/// A descriptor this process has open.
struct OpenFile {
    QString target;        ///< the path the kernel shows, without " (deleted)"
    bool deleted = false;  ///< the file was removed from its folder while open
    FileId id;
};

QList<OpenFile> openFiles();

/// Whether process `pid` holds a POSIX lock (read or write) on the file `id`, by /proc/locks.
bool holdsPosixLock(qint64 pid, const FileId& id);

/// The /proc/locks lines of process `pid`, for test messages.
QString posixLocksOf(qint64 pid);

}  // namespace fd::test
