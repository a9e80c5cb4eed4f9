#include "translations.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace fd::app {

void installTranslations(QApplication& app, const QString& lang) {
    QString code = lang;
    if (code.isEmpty()) {
        code = QLocale::system().language() == QLocale::Russian ? QStringLiteral("ru") : QStringLiteral("en");
    }
    const QLocale locale = code == QLatin1String("ru") ? QLocale(QLocale::Russian, QLocale::Russia)
                                                       : QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);

    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qt);
    }
    auto* ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/funneldesk_%1.qm").arg(code))) {
        QApplication::installTranslator(ours);
    }
}

}  // namespace fd::app
