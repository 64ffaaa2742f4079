#include "countycli.h"
#include "translator.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("certdesk-county"));
    certdesk::installTranslations(QLocale::system()); // Chinese messages on a Chinese locale
    QTextStream out(stdout);
    QTextStream err(stderr);
    certdesk::cli::SecretReader secrets;
    return certdesk::county::runCountyCli(QCoreApplication::arguments(), out, err, secrets);
}
