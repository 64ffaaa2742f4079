#include "core/hardening.h"
#include "core/version.h"
#include "core/workstationsettings.h"
#include "printing/printdriver.h"
#include "settings/readersettings.h"
#include "shell/mainwindow.h"
#include "theme/theme.h"
#include "translator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTimer>

int main(int argc, char **argv)
{
    certdesk::hardenProcess(); // before anything can hold a key or personal data
    if (certdesk::printVersionIfAsked(argc, argv, "certdesk"))
        return 0; // before QApplication: answers without a display
    QApplication app(argc, argv);
    QApplication::setApplicationVersion(certdesk::versionString());
    QApplication::setApplicationName(QStringLiteral("certdesk"));
    QApplication::setOrganizationName(QStringLiteral("CertDesk"));
    certdesk::theme::install(app);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption(); // answered above; listed in --help
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Counter database file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("zh_CN or en (default: system)."),
                                        QStringLiteral("LANG"));
    // Diagnostic for bench/: quit as soon as the unlock window has been shown once (cold-start timing).
    const QCommandLineOption probeOption(QStringLiteral("startup-probe"),
                                         QStringLiteral("Quit once the unlock window is shown (benchmarks)."));
    parser.addOptions({dbOption, langOption, probeOption});
    parser.process(app);

    certdesk::WorkstationSettings workstation; // this PC's settings file, opened here once
    // --lang wins; else this workstation's choice (Settings), else the system's (English only on an English system).
    const QLocale locale = parser.isSet(langOption)
                               ? QLocale(parser.value(langOption))
                               : certdesk::startupLocale(workstation.language(), QLocale::system());
    certdesk::installTranslations(locale);

    QFont font = QApplication::font();
    font.setPointSizeF(qMax(font.pointSizeF(), 12.0)); // read at arm's length
    QApplication::setFont(font);

    QString db = parser.value(dbOption);
    if (db.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        db = dir + QStringLiteral("/certdesk.db");
    }
    certdesk::SystemClock clock;
    certdesk::DialogPrompter prompter;
    QElapsedTimer monotonic;
    monotonic.start();
    certdesk::DialogPrintDriver printDriver(workstation);
    certdesk::UiContext context{db, clock, prompter, workstation, [&monotonic] { return monotonic.elapsed(); }};
    context.printDriver = &printDriver;
    // Card readers as this workstation's settings say (Settings → Card readers); read again when they change.
    context.identitySources = [&workstation] {
        return certdesk::makeReaders(certdesk::ReaderSettings::load(workstation));
    };
    certdesk::MainWindow window(context);
    if (!window.ensureDatabase())
        return 0;
    window.showMaximized(); // a counter screen: all of it, at 1366×768 too (the frame must not push it off-screen)
    if (parser.isSet(probeOption))
        QTimer::singleShot(0, &app, [&window] {
            window.repaint(); // the first full frame of the unlock window, painted synchronously
            QCoreApplication::quit();
        });
    return app.exec();
}
