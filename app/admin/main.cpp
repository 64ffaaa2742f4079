#include "cli.h"
#include "core/hardening.h"
#include "core/version.h"
#include "translator.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char **argv)
{
    certdesk::hardenProcess(); // before anything can hold a key or personal data
    if (certdesk::printVersionIfAsked(argc, argv, "certdesk-admin"))
        return 0;
    // `print …` draws text and images, which needs a QGuiApplication; every other command stays a plain
    // QCoreApplication (no platform plugin, no display). The command table decides, before any application exists.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments += QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (certdesk::cli::needsGui(arguments)) {
        // The PDF is drawn off-screen: no X or Wayland connection is needed (or wanted, e.g. over ssh).
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("certdesk-admin"));
    certdesk::installTranslations(QLocale::system()); // Chinese messages on a Chinese locale
    certdesk::SystemClock clock;
    certdesk::cli::SecretReader secrets;
    return certdesk::cli::run(QCoreApplication::arguments(), secrets, clock);
}
