#include "cli.h"
#include "core/version.h"
#include "secrets.h"
#include "translator.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

namespace {

// `print …` draws text and images, which needs a QGuiApplication; every other command stays a plain
// QCoreApplication (no platform plugin, no display). The command word is the first argument that is not an
// option or the value of --db/--user (the only valued options before a command).
bool isPrintCommand(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (a[0] == '-') {
            const char *name = a + (a[1] == '-' ? 2 : 1);
            if (!std::strchr(name, '=') && (!std::strcmp(name, "db") || !std::strcmp(name, "user")))
                ++i;
            continue;
        }
        return !std::strcmp(a, "print");
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    if (certdesk::printVersionIfAsked(argc, argv, "certdesk-admin"))
        return 0;
    std::unique_ptr<QCoreApplication> app;
    if (isPrintCommand(argc, argv)) {
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
