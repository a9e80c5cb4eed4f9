#pragma once

// Helpers for driving widgets in the application's tests.

#include <QApplication>
#include <QKeyEvent>
#include <QLocale>
#include <QTimer>
#include <QTranslator>
#include <QWidget>

#include <functional>

namespace fd::test {

/// Types text as key events that carry it, as a keyboard with a Russian layout does
/// (QTest::keyClicks cannot type Cyrillic).
inline void typeText(QWidget* target, const QString& text) {
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(target, &release);
    }
}

/// Runs `drive` on the modal dialog the next action opens, then closes it if it is still
/// open; `*ran` tells whether it opened.
template <class Dialog>
void whenDialogOpens(std::function<void(Dialog*)> drive, bool* ran) {
    QTimer::singleShot(0, [drive, ran] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        if (dialog) {
            *ran = true;
            drive(dialog);
        }
        if (dialog && dialog->isVisible()) {
            dialog->reject();
        }
    });
}

/// The interface in `lang` while it lives.
struct Language {
    explicit Language(const QString& lang) {
        [[maybe_unused]] const bool loaded =
            translator.load(QStringLiteral(":/i18n/funneldesk_%1.qm").arg(lang));
        QApplication::installTranslator(&translator);
        QLocale::setDefault(lang == QLatin1String("ru") ? QLocale(QLocale::Russian, QLocale::Russia)
                                                        : QLocale(QLocale::English, QLocale::UnitedStates));
    }
    ~Language() {
        QApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    QTranslator translator;
};

}  // namespace fd::test
