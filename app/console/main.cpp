// certdesk-county-console: the county supervisors' window onto certdesk-county (docs/console.md).
#include "console/consolewindow.h"
#include "console/signindialog.h"
#include "console/snapshot.h"
#include "core/hardening.h"
#include "core/version.h"
#include "core/workstationsettings.h"
#include "theme/theme.h"
#include "translator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char **argv)
{
    certdesk::hardenProcess(); // the bundle's key is in memory: no core dumps
    if (certdesk::printVersionIfAsked(argc, argv, "certdesk-county-console"))
        return 0;
    QApplication app(argc, argv);
    QApplication::setApplicationVersion(certdesk::versionString());
    QApplication::setApplicationName(QStringLiteral("certdesk-county-console"));
    QApplication::setOrganizationName(QStringLiteral("CertDesk"));
    certdesk::theme::install(app);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("County server URL (https://…)."),
                                          QStringLiteral("URL"));
    const QCommandLineOption bundleOption(
        QStringLiteral("bundle"), QStringLiteral("Supervisor certificate bundle (.p12)."), QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("zh_CN or en (default: system)."),
                                        QStringLiteral("LANG"));
    parser.addOptions({serverOption, bundleOption, langOption});
    parser.process(app);
    certdesk::installTranslations(parser.isSet(langOption) ? QLocale(parser.value(langOption)) : QLocale::system());
    QFont font = QApplication::font();
    font.setPointSizeF(qMax(font.pointSizeF(), 12.0));
    QApplication::setFont(font);

    // Where the server is and which bundle to use are remembered (by the dialog, after a successful sign-in); the
    // password never is. The options override the remembered values.
    certdesk::WorkstationSettings settings(certdesk::WorkstationSettings::Program::CountyConsole);
    certdesk::console::SignInDialog signIn(settings, parser.value(serverOption), parser.value(bundleOption));
    if (signIn.exec() != QDialog::Accepted)
        return 0;
    auto client = signIn.takeClient();
    certdesk::console::ConsoleWindow window(*client, certdesk::console::dialogSeams(),
                                            certdesk::console::Snapshot::defaultPath());
    window.show();
    QTimer::singleShot(0, &window, &certdesk::console::ConsoleWindow::refresh);
    return app.exec();
}
