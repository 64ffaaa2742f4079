// certdesk-vcard: connects to the vpcd driver of pcscd (vsmartcard-vpcd, TCP localhost:35963 by default) and
// plays a social security card (models/codec/sssecardsim.h). Connected = card inserted; exit = card removed.
// vpcd framing: 2-byte big-endian length + payload; a 1-byte payload is a control: 00 power off, 01 power on,
// 02 reset, 04 get ATR (answered with the ATR); anything longer is a C-APDU answered with the R-APDU.
#include "codec/sssecardsim.h"
#include "core/version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>

using certdesk::ssse::CardSim;

namespace {

bool readAll(int fd, char *buffer, size_t size)
{
    while (size > 0) {
        // vpcd writes length and payload separately; acknowledging at once keeps Nagle on its side from adding
        // 40 ms to every APDU (Linux resets TCP_QUICKACK, hence before each read).
        const int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
        const ssize_t n = ::recv(fd, buffer, size, 0);
        if (n <= 0)
            return false;
        buffer += n;
        size -= size_t(n);
    }
    return true;
}

bool sendFrame(int fd, const QByteArray &payload)
{
    QByteArray frame;
    frame.append(char(payload.size() >> 8));
    frame.append(char(payload.size() & 0xff));
    frame += payload;
    return ::send(fd, frame.constData(), size_t(frame.size()), MSG_NOSIGNAL) == frame.size();
}

int connectWithRetry(const QString &host, quint16 port, int waitMs)
{
    QElapsedTimer timer;
    timer.start();
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    if (::inet_pton(AF_INET, host.toLatin1().constData(), &address.sin_addr) != 1)
        return -1;
    while (true) {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (fd < 0)
            return -1;
        if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0) {
            const int one = 1;
            ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            return fd;
        }
        ::close(fd);
        if (timer.elapsed() > waitMs)
            return -1;
        QThread::msleep(100); // vpcd listens only once pcscd has loaded the driver
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (certdesk::printVersionIfAsked(argc, argv, "certdesk-vcard"))
        return 0;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("certdesk-vcard"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Virtual social security card for the vsmartcard-vpcd reader."));
    parser.addHelpOption();
    const QCommandLineOption host({QStringLiteral("H"), QStringLiteral("host")}, QStringLiteral("vpcd host"),
                                  QStringLiteral("addr"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port({QStringLiteral("P"), QStringLiteral("port")}, QStringLiteral("vpcd port"),
                                  QStringLiteral("port"), QStringLiteral("35963"));
    const QCommandLineOption behaviour(QStringLiteral("behaviour"),
                                       QStringLiteral("normal, chained, asklength, locked, notssse, short, endless, "
                                                      "badname, mute"),
                                       QStringLiteral("name"), QStringLiteral("normal"));
    const QCommandLineOption ssn(QStringLiteral("ssn"), QStringLiteral("社会保障号码"), QStringLiteral("number"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("姓名"), QStringLiteral("name"));
    const QCommandLineOption sex(QStringLiteral("sex"), QStringLiteral("M or F"), QStringLiteral("sex"));
    const QCommandLineOption nation(QStringLiteral("nation"), QStringLiteral("民族 (汉, 回, …)"),
                                    QStringLiteral("name"));
    const QCommandLineOption birth(QStringLiteral("birth"), QStringLiteral("yyyy-MM-dd"), QStringLiteral("date"));
    const QCommandLineOption validTo(QStringLiteral("valid-to"), QStringLiteral("yyyy-MM-dd"), QStringLiteral("date"));
    const QCommandLineOption wait(QStringLiteral("wait"), QStringLiteral("seconds to wait for vpcd"),
                                  QStringLiteral("s"), QStringLiteral("20"));
    parser.addOptions({host, port, behaviour, ssn, name, sex, nation, birth, validTo, wait});
    parser.process(app);

    CardSim::Behaviour mode = CardSim::Behaviour::Normal;
    if (!CardSim::behaviourFromName(parser.value(behaviour), &mode)) {
        std::fprintf(stderr, "certdesk-vcard: unknown behaviour\n");
        return 2;
    }
    CardSim::Holder holder;
    if (parser.isSet(ssn))
        holder.ssn = parser.value(ssn);
    if (parser.isSet(name))
        holder.name = parser.value(name);
    if (parser.isSet(sex))
        holder.sex = parser.value(sex).isEmpty() ? QChar() : parser.value(sex).at(0);
    if (parser.isSet(nation))
        holder.nation = parser.value(nation);
    if (parser.isSet(birth))
        holder.birth = QDate::fromString(parser.value(birth), Qt::ISODate);
    if (parser.isSet(validTo))
        holder.validTo = QDate::fromString(parser.value(validTo), Qt::ISODate);
    if (!holder.birth.isValid() || !holder.validTo.isValid()) {
        std::fprintf(stderr, "certdesk-vcard: dates are yyyy-MM-dd\n");
        return 2;
    }

    const int fd =
        connectWithRetry(parser.value(host), quint16(parser.value(port).toUInt()), parser.value(wait).toInt() * 1000);
    if (fd < 0) {
        std::fprintf(stderr, "certdesk-vcard: cannot reach vpcd (is pcscd running with vsmartcard-vpcd?)\n");
        return 1;
    }
    std::fprintf(stderr, "certdesk-vcard: card inserted\n");

    CardSim card(holder, mode);
    while (true) {
        unsigned char header[2];
        if (!readAll(fd, reinterpret_cast<char *>(header), 2))
            break;
        const int size = (header[0] << 8) | header[1];
        QByteArray payload(size, '\0');
        if (size > 0 && !readAll(fd, payload.data(), size_t(size)))
            break;
        if (size == 1) {
            switch (payload.at(0)) {
            case 0x00: // power off
            case 0x01: // power on
            case 0x02:
                card.reset();
                break;
            case 0x04:
                if (!sendFrame(fd, card.atr()))
                    goto done;
                break;
            default:
                break;
            }
            continue;
        }
        const QByteArray reply = card.respond(payload);
        if (reply.isEmpty())
            continue; // mute card
        if (!sendFrame(fd, reply))
            break;
    }
done:
    ::close(fd);
    std::fprintf(stderr, "certdesk-vcard: vpcd closed the connection\n");
    return 0;
}
