#include "core/version.h"
#include "countycli.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    if (certdesk::printVersionIfAsked(argc, argv, "certdesk-county"))
        return 0;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("certdesk-county"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    certdesk::cli::SecretReader secrets;
    return certdesk::county::runCountyCli(QCoreApplication::arguments(), out, err, secrets);
}
