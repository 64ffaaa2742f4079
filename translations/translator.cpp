#include "translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace certdesk {

QString installTranslations(const QLocale &locale)
{
    const bool chinese = locale.language() == QLocale::Chinese;
    QString lang = chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    auto *app = QCoreApplication::instance();
    auto *own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/certdesk_") + lang))
        QCoreApplication::installTranslator(own);
    if (chinese) {
        // Standard buttons and dialogs (OK, Cancel, print preview) from Qt's own catalogue.
        auto *qt = new QTranslator(app);
        if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
    return lang;
}

QLocale startupLocale(const QString &choice, const QLocale &system)
{
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    if (choice == QLatin1String("zh_CN"))
        return chinese;
    if (choice == QLatin1String("en"))
        return english;
    const bool englishSystem = system.language() == QLocale::English || system.language() == QLocale::C;
    return englishSystem ? english : chinese;
}

} // namespace certdesk
