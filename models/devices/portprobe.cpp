#include "portprobe.h"

#include "codec/samframe.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSerialPort>
#include <QSerialPortInfo>
#include <QtEndian>

#include <algorithm>

namespace certdesk::portprobe {

namespace {

// The translation context of this file's messages (lupdate files them under it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PortProbe)
};

} // namespace

namespace {

bool looksLikeReaderPort(const QString &name)
{
    return name.startsWith(QLatin1String("ttyUSB")) || name.startsWith(QLatin1String("ttyACM"));
}

} // namespace

QList<PortInfo> candidatePorts(const QString &configured)
{
    QList<PortInfo> ports;
    const auto available = QSerialPortInfo::availablePorts();
    for (const QSerialPortInfo &info : available) {
        if (!looksLikeReaderPort(info.portName()))
            continue;
        QStringList words{info.manufacturer(), info.description()};
        words.removeAll(QString());
        ports.append({info.systemLocation(), words.join(QLatin1Char(' ')), true});
    }
    std::sort(ports.begin(), ports.end(), [](const PortInfo &a, const PortInfo &b) { return a.path < b.path; });
    if (!configured.isEmpty() &&
        std::none_of(ports.begin(), ports.end(), [&](const PortInfo &p) { return p.path == configured; }))
        ports.append({configured, {}, false});
    return ports;
}

QStringList candidatePaths(const QString &configured)
{
    QStringList paths;
    for (const PortInfo &p : candidatePorts(configured))
        paths.append(p.path);
    return paths;
}

ProbeResult probePort(const QString &path, int timeoutMs, qint32 baud)
{
    ProbeResult result;
    QSerialPort port;
    port.setPortName(path);
    if (!port.open(QIODevice::ReadWrite)) {
        result.message = Tr::tr("cannot open: %1").arg(port.errorString());
        return result;
    }
    result.opened = true;
    port.setBaudRate(baud);
    port.setDataBits(QSerialPort::Data8);
    port.setParity(QSerialPort::NoParity);
    port.setStopBits(QSerialPort::OneStop);
    port.setFlowControl(QSerialPort::NoFlowControl);
    port.clear();
    port.write(sam::encodeCommand(sam::SamId));
    sam::FrameParser parser;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!port.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
        parser.feed(port.readAll());
        for (auto e = parser.next(); e != sam::FrameParser::Event::NeedMore; e = parser.next()) {
            if (e != sam::FrameParser::Event::Frame)
                continue;
            sam::Reply reply;
            if (sam::replyFromBody(parser.body(), &reply) && reply.sw3 == sam::Ok && reply.data.size() >= 16) {
                result.isSam = true;
                result.samId = reply.data.left(16);
                result.message = Tr::tr("ID card reader (SAM %1)").arg(formatSamId(result.samId));
            } else {
                result.message = Tr::tr("answered, but not as an ID card reader");
            }
            return result;
        }
    }
    result.message = Tr::tr("no answer to the SAM identity command");
    return result;
}

QString formatSamId(const QByteArray &id)
{
    if (id.size() < 16)
        return QString::fromLatin1(id.toHex());
    const auto *b = reinterpret_cast<const uchar *>(id.constData());
    return QStringLiteral("%1.%2-%3-%4-%5")
        .arg(b[0], 2, 10, QLatin1Char('0'))
        .arg(b[1], 2, 10, QLatin1Char('0'))
        .arg(qFromLittleEndian<quint32>(b + 4), 8, 10, QLatin1Char('0'))
        .arg(qFromLittleEndian<quint32>(b + 8), 10, 10, QLatin1Char('0'))
        .arg(qFromLittleEndian<quint32>(b + 12), 10, 10, QLatin1Char('0'));
}

} // namespace certdesk::portprobe
