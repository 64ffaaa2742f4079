// certdesk-samsim: a simulated GA 467 SAM ID card reader on a pseudo-terminal (docs/devices.md).
//
//   certdesk-samsim [--link PATH] [--card FILE.json | --card-type resident|hkmotw|foreign2017|foreign2023]
//                   [--fault none|nocard|badcheck|split|stall|garbage|selectfail|readfail|truncated|status:XX]
//
// Prints "ready PATH" once the reader can open PATH. Control lines on standard input, each answered by
// "ok …" or "error …" on standard output: place FILE | place-type TYPE | remove | fault X | unplug | replug |
// stats | quit. End of input quits too, unless --stay (for demos started without a controlling input).
#include "cardfile.h"
#include "core/version.h"
#include "simdevice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace certdesk;
using namespace certdesk::samsim;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

void say(const QString &line)
{
    out() << line << Qt::endl;
}

bool applyCard(SimDevice &device, const Result<sam::CardText> &card)
{
    if (!card) {
        say(QStringLiteral("error %1").arg(card.error().message));
        return false;
    }
    device.place(*card);
    return true;
}

void control(SimDevice &device, const QString &line)
{
    const QString command = line.section(QLatin1Char(' '), 0, 0);
    const QString arg = line.section(QLatin1Char(' '), 1).trimmed();
    if (command == QLatin1String("place")) {
        if (applyCard(device, loadCardFile(arg)))
            say(QStringLiteral("ok place"));
    } else if (command == QLatin1String("place-type")) {
        if (applyCard(device, builtinCard(arg)))
            say(QStringLiteral("ok place"));
    } else if (command == QLatin1String("remove")) {
        device.remove();
        say(QStringLiteral("ok remove"));
    } else if (command == QLatin1String("fault")) {
        Fault fault;
        quint8 status = 0;
        if (!faultFromText(arg, &fault, &status))
            return say(QStringLiteral("error unknown fault %1").arg(arg));
        device.setFault(fault, status);
        say(QStringLiteral("ok fault %1").arg(arg));
    } else if (command == QLatin1String("unplug")) {
        device.unplug();
        say(QStringLiteral("ok unplug"));
    } else if (command == QLatin1String("replug")) {
        QString error;
        if (!device.plug(&error))
            return say(QStringLiteral("error %1").arg(error));
        say(QStringLiteral("ready %1").arg(device.path()));
    } else if (command == QLatin1String("stats")) {
        say(QStringLiteral("ok stats %1").arg(device.stats()));
    } else if (command == QLatin1String("quit")) {
        say(QStringLiteral("ok quit"));
        QCoreApplication::quit();
    } else if (!command.isEmpty()) {
        say(QStringLiteral("error unknown command %1").arg(command));
    }
}

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &c, 1); // async-signal-safe hand-over
}

} // namespace

int main(int argc, char **argv)
{
    if (printVersionIfAsked(argc, argv, "certdesk-samsim"))
        return 0;
    QCoreApplication app(argc, argv);
    std::signal(SIGPIPE, SIG_IGN);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Simulated GA 467 SAM ID card reader on a pseudo-terminal"));
    parser.addHelpOption();
    const QCommandLineOption link(QStringLiteral("link"), QStringLiteral("Symlink kept pointing at the pty"),
                                  QStringLiteral("PATH"));
    const QCommandLineOption card(QStringLiteral("card"), QStringLiteral("Card placed at start (JSON file)"),
                                  QStringLiteral("FILE"));
    const QCommandLineOption cardType(QStringLiteral("card-type"), QStringLiteral("Built-in card placed at start"),
                                      QStringLiteral("TYPE"));
    const QCommandLineOption fault(QStringLiteral("fault"), QStringLiteral("Fault from the start"),
                                   QStringLiteral("FAULT"), QStringLiteral("none"));
    const QCommandLineOption stay(QStringLiteral("stay"), QStringLiteral("Keep running when standard input ends"));
    parser.addOptions({link, card, cardType, fault, stay});
    parser.process(app);

    SimDevice device(parser.value(link));
    Fault f;
    quint8 status = 0;
    if (!faultFromText(parser.value(fault), &f, &status)) {
        std::fprintf(stderr, "certdesk-samsim: unknown fault\n");
        return 2;
    }
    device.setFault(f, status);
    if (parser.isSet(card) && !applyCard(device, loadCardFile(parser.value(card))))
        return 1;
    if (parser.isSet(cardType) && !applyCard(device, builtinCard(parser.value(cardType))))
        return 1;
    QString error;
    if (!device.plug(&error)) {
        std::fprintf(stderr, "certdesk-samsim: %s\n", qPrintable(error));
        return 1;
    }

    // SIGTERM/SIGINT end the event loop normally, so the device is unplugged and the link removed.
    if (::pipe(g_signalPipe) != 0)
        return 1;
    QSocketNotifier signalled(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalled, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buf[1024];
        const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
        if (n <= 0) {
            input.setEnabled(false);
            if (!parser.isSet(stay))
                QCoreApplication::quit();
            return;
        }
        pending.append(buf, int(n));
        for (qsizetype nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n')) {
            control(device, QString::fromUtf8(pending.left(nl)).trimmed());
            pending.remove(0, nl + 1);
        }
    });
    say(QStringLiteral("ready %1").arg(device.path()));
    return app.exec();
}
