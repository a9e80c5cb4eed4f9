#include "phone_dialer.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

#include <spdlog/spdlog.h>

namespace fd::app {

namespace {

/// On a Linux desktop Qt hands any URL to xdg-open, which "succeeds" even when nothing takes
/// tel:, so the desktop's own register is asked first. Elsewhere (Windows, macOS, offscreen)
/// Qt reports a URL nothing opens as a failure.
bool desktopLacksTelHandler() {
    const QString platform = QGuiApplication::platformName();
    if (platform != QLatin1String("xcb") && platform != QLatin1String("wayland")) {
        return false;
    }
    const QString xdgMime = QStandardPaths::findExecutable(QStringLiteral("xdg-mime"));
    if (xdgMime.isEmpty()) {
        return false;
    }
    QProcess query;
    query.start(xdgMime,
                {QStringLiteral("query"), QStringLiteral("default"), QStringLiteral("x-scheme-handler/tel")});
    return query.waitForFinished(3000) && query.readAllStandardOutput().trimmed().isEmpty();
}

}  // namespace

bool isDialable(const QString& text) {
    static const QRegularExpression number(QStringLiteral("^\\+[0-9]{7,15}$"));
    return number.match(text).hasMatch();
}

DialOutcome dialPhone(const QString& phoneE164) {
    if (!desktopLacksTelHandler() && QDesktopServices::openUrl(QUrl(QStringLiteral("tel:") + phoneE164))) {
        spdlog::info("a number handed to the system's tel: handler");
        return DialOutcome::Handed;
    }
    QGuiApplication::clipboard()->setText(phoneE164);
    spdlog::info("no tel: handler: the number copied to the clipboard");
    return DialOutcome::Copied;
}

QString dialMessage(DialOutcome outcome, const QString& shownPhone) {
    switch (outcome) {
        case DialOutcome::Handed:
            return QCoreApplication::translate("fd::app::Dialer", "Calling %1 — the call started now")
                .arg(shownPhone);
        case DialOutcome::Copied:
            return QCoreApplication::translate(
                       "fd::app::Dialer",
                       "No softphone takes calls on this computer: %1 is copied, paste it into your phone")
                .arg(shownPhone);
    }
    return {};
}

}  // namespace fd::app
