#include "result.h"

#include <QCoreApplication>

namespace fd::core {

QString Error::message() const {
    QString text = QCoreApplication::translate("fd::core::Error", key);
    for (const QString& a : args) {
        text = text.arg(a);
    }
    return text;
}

bool isStorageFailure(const Error& e) {
    switch (e.code) {
        case ErrorCode::Storage:
        case ErrorCode::Locked:
        case ErrorCode::Unreachable:
        case ErrorCode::ReadOnly:
            return true;
        default:
            return false;
    }
}

Error Error::make(ErrorCode code, const char* key, QStringList args, QString field) {
    Error e;
    e.code = code;
    e.key = key;
    e.args = std::move(args);
    e.field = std::move(field);
    return e;
}

}  // namespace fd::core
