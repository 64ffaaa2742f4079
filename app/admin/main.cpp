#include "cli.h"
#include "secrets.h"
#include "translator.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("certdesk-admin"));
    certdesk::installTranslations(QLocale::system()); // Chinese messages on a Chinese locale
    certdesk::SystemClock clock;
    certdesk::cli::SecretReader secrets;
    return certdesk::cli::run(QCoreApplication::arguments(), secrets, clock);
}
