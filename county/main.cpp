#include "core/hardening.h"
#include "core/version.h"
#include "countycli.h"
#include "translator.h"

#include <QGuiApplication>
#include <QTextStream>

#include <memory>

int main(int argc, char **argv)
{
    certdesk::hardenProcess(); // before the server loads its private key
    if (certdesk::printVersionIfAsked(argc, argv, "certdesk-county"))
        return 0;
    // Printing (print …, workload --out) draws text and needs a GUI application; a server has no display, so it
    // renders offscreen. Everything else stays a core application.
    bool prints = false;
    for (int i = 1; i < argc; ++i)
        prints = prints || qstrcmp(argv[i], "print") == 0 || qstrcmp(argv[i], "--out") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (prints) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("certdesk-county"));
    certdesk::installTranslations(QLocale::system()); // Chinese messages on a Chinese locale
    QTextStream out(stdout);
    QTextStream err(stderr);
    certdesk::cli::SecretReader secrets;
    return certdesk::county::runCountyCli(QCoreApplication::arguments(), out, err, secrets);
}
