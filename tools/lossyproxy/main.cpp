// certdesk-lossyproxy: a TCP proxy for tests that makes a bad link, reproducibly (docs/testing-faults.md).
//
//   certdesk-lossyproxy --target HOST:PORT [--listen HOST:PORT] [--seed N] [--fault-rate P]
//                       [--max-delay-ms MS] [--max-stall-ms MS]
//
// Loopback only: both the listen and the target address must be loopback (127.0.0.0/8, ::1, localhost); a test
// tool must never become an open relay. Each client flight (the bytes a client sends after the server last spoke)
// draws a fault with probability P: delay, stall, cut mid-request, cut mid-response or truncate the answer.
// Prints "listening on HOST:PORT" once ready, then one line per fault ("fault conn=N kind=K") and per cut.
#include "lossyproxy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace certdesk::lossy;

namespace {

bool parseHostPort(const QString &text, QHostAddress *host, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString h = text.left(colon);
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    if (h == QLatin1String("localhost"))
        h = QStringLiteral("127.0.0.1");
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535 || !host->setAddress(h))
        return false;
    *port = quint16(p);
    return host->isLoopback();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("listen"), QStringLiteral("Loopback address to listen on."), QStringLiteral("HOST:PORT"),
          QStringLiteral("127.0.0.1:0")},
         {QStringLiteral("target"), QStringLiteral("Loopback address to forward to."), QStringLiteral("HOST:PORT")},
         {QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("N"), QStringLiteral("1")},
         {QStringLiteral("fault-rate"), QStringLiteral("Probability of a fault per flight."), QStringLiteral("P"),
          QStringLiteral("0.3")},
         {QStringLiteral("max-delay-ms"), QStringLiteral("Longest delay."), QStringLiteral("MS"),
          QStringLiteral("1500")},
         {QStringLiteral("max-stall-ms"), QStringLiteral("Longest stall before the cut."), QStringLiteral("MS"),
          QStringLiteral("3000")}});
    parser.process(app);
    QTextStream err(stderr);
    Settings s;
    QHostAddress listenHost;
    quint16 listenPort = 0;
    if (!parseHostPort(parser.value(QStringLiteral("listen")), &listenHost, &listenPort) ||
        !parseHostPort(parser.value(QStringLiteral("target")), &s.targetHost, &s.targetPort) || s.targetPort == 0) {
        err << "certdesk-lossyproxy: --listen and --target must be loopback HOST:PORT addresses" << Qt::endl;
        return 2;
    }
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    s.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok1);
    s.faultRate = parser.value(QStringLiteral("fault-rate")).toDouble(&ok2);
    s.maxDelayMs = parser.value(QStringLiteral("max-delay-ms")).toInt(&ok3);
    s.maxStallMs = parser.value(QStringLiteral("max-stall-ms")).toInt(&ok4);
    if (!ok1 || !ok2 || !ok3 || !ok4 || s.faultRate < 0 || s.faultRate > 1 || s.maxDelayMs < 50 || s.maxStallMs < 3) {
        err << "certdesk-lossyproxy: bad --seed, --fault-rate (0..1), --max-delay-ms (>= 50) or --max-stall-ms"
            << Qt::endl;
        return 2;
    }
    QTextStream out(stdout);
    Proxy proxy(s, [&out](const QString &line) { out << line << Qt::endl; });
    if (!proxy.listen(listenHost, listenPort)) {
        err << "certdesk-lossyproxy: cannot listen on " << parser.value(QStringLiteral("listen")) << Qt::endl;
        return 1;
    }
    out << "listening on " << listenHost.toString() << ':' << proxy.port() << Qt::endl;
    return app.exec();
}
