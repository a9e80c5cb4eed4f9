#include "services/service_context.h"

#include <QRandomGenerator>
#include <QThread>

namespace fd::core {

Error writeFailure(const StorageError& e) {
    Error err;
    switch (e.kind()) {
        case StorageFailure::Locked:
            err = Error::make(ErrorCode::Locked,
                              QT_TRANSLATE_NOOP("fd::core::Error",
                                                "Another program is writing to this database; nothing was "
                                                "saved. Try again when it has finished."));
            break;
        case StorageFailure::Retry:
            err = Error::make(
                ErrorCode::Conflict,
                QT_TRANSLATE_NOOP("fd::core::Error",
                                  "Other seats kept changing the same records at this moment; nothing "
                                  "was saved. Try again."));
            break;
        case StorageFailure::Lost:
            err = Error::make(
                ErrorCode::Unreachable,
                QT_TRANSLATE_NOOP("fd::core::Error",
                                  "The connection to the database server was lost; nothing was saved. "
                                  "FunnelDesk connects again on the next action: try again."));
            break;
        case StorageFailure::ReadOnly:
            err = Error::make(
                ErrorCode::ReadOnly,
                QT_TRANSLATE_NOOP("fd::core::Error", "The database file is read-only; nothing was saved."));
            break;
        case StorageFailure::DiskFull:
            err = Error::make(ErrorCode::Storage,
                              QT_TRANSLATE_NOOP("fd::core::Error",
                                                "The disk is full; nothing was saved. Free some space and "
                                                "try again."));
            break;
        case StorageFailure::Damaged:
            err = Error::make(ErrorCode::Storage, kDamagedMessage);
            break;
        case StorageFailure::Engine:
            err = Error::make(
                ErrorCode::Storage,
                QT_TRANSLATE_NOOP("fd::core::Error", "The database failed; nothing was saved: %1"),
                {e.engineText()});
            break;
    }
    err.detail = e.sql();
    return err;
}

Error readFailure(const StorageError& e) {
    Error err;
    switch (e.kind()) {
        case StorageFailure::Lost:
            err = Error::make(ErrorCode::Unreachable,
                              QT_TRANSLATE_NOOP("fd::core::Error",
                                                "The connection to the database server was lost. FunnelDesk "
                                                "connects again on the next action: try again."));
            break;
        case StorageFailure::Locked:
            err =
                Error::make(ErrorCode::Locked,
                            QT_TRANSLATE_NOOP("fd::core::Error",
                                              "Another program holds this database; try again in a moment."));
            break;
        case StorageFailure::Damaged:
            err = Error::make(ErrorCode::Storage, kDamagedMessage);
            break;
        case StorageFailure::Engine:
        case StorageFailure::Retry:
        case StorageFailure::ReadOnly:
        case StorageFailure::DiskFull:
            err = Error::make(ErrorCode::Storage,
                              QT_TRANSLATE_NOOP("fd::core::Error", "The database cannot be read: %1"),
                              {e.engineText()});
            break;
    }
    err.detail = e.sql();
    return err;
}

void pauseBeforeRetry(int attempt) {
    // 5–20 ms, then doubling, with jitter so the seats that collided do not collide again.
    const int base = 5 << std::min(attempt - 1, 4);
    QThread::msleep(static_cast<unsigned long>(base + QRandomGenerator::global()->bounded(base * 3)));
}

}  // namespace fd::core
