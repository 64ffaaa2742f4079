#include "simdevice.h"

#include <QFile>
#include <QTimer>

#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>

namespace certdesk::samsim {

bool faultFromText(const QString &text, Fault *fault, quint8 *statusCode)
{
    static const QList<std::pair<QString, Fault>> names{{QStringLiteral("none"), Fault::None},
                                                        {QStringLiteral("nocard"), Fault::NoCard},
                                                        {QStringLiteral("badcheck"), Fault::BadCheck},
                                                        {QStringLiteral("split"), Fault::Split},
                                                        {QStringLiteral("stall"), Fault::Stall},
                                                        {QStringLiteral("garbage"), Fault::Garbage},
                                                        {QStringLiteral("selectfail"), Fault::SelectFail},
                                                        {QStringLiteral("readfail"), Fault::ReadFail},
                                                        {QStringLiteral("truncated"), Fault::Truncated},
                                                        {QStringLiteral("partial"), Fault::Partial},
                                                        {QStringLiteral("noise"), Fault::Noise}};
    for (const auto &[name, f] : names)
        if (text == name) {
            *fault = f;
            return true;
        }
    if (text.startsWith(QLatin1String("status:"))) {
        bool ok = false;
        const uint code = text.mid(7).toUInt(&ok, 16);
        if (ok && code <= 0xFF) {
            *fault = Fault::Status;
            *statusCode = quint8(code);
            return true;
        }
    }
    return false;
}

SimDevice::SimDevice(QString link, QObject *parent) : QObject(parent), m_link(std::move(link)) {}

SimDevice::~SimDevice()
{
    unplug();
}

QString SimDevice::path() const
{
    return m_link.isEmpty() ? m_slaveName : m_link;
}

bool SimDevice::plug(QString *error)
{
    unplug();
    char name[128] = {};
    if (::openpty(&m_master, &m_slave, name, nullptr, nullptr) != 0) {
        *error = QStringLiteral("openpty: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    // Raw on the slave before any reader opens it: no echo of our replies, no CR/LF translation.
    termios tio{};
    ::tcgetattr(m_slave, &tio);
    ::cfmakeraw(&tio);
    ::tcsetattr(m_slave, TCSANOW, &tio);
    ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
    m_slaveName = QString::fromLocal8Bit(name);
    if (!m_link.isEmpty()) {
        const QString tmp = m_link + QStringLiteral(".new");
        QFile::remove(tmp);
        if (::symlink(name, QFile::encodeName(tmp).constData()) != 0 ||
            ::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(m_link).constData()) != 0) {
            *error = QStringLiteral("cannot link %1: %2").arg(m_link, QString::fromLocal8Bit(strerror(errno)));
            unplug();
            return false;
        }
    }
    m_parser.reset();
    m_notifier = std::make_unique<QSocketNotifier>(m_master, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &SimDevice::onReadable);
    return true;
}

void SimDevice::unplug()
{
    ++m_generation;
    m_notifier.reset();
    if (m_master >= 0)
        ::close(m_master);
    if (m_slave >= 0)
        ::close(m_slave);
    m_master = m_slave = -1;
    if (!m_link.isEmpty())
        QFile::remove(m_link);
}

QString SimDevice::stats() const
{
    return QStringLiteral("samid=%1 find=%2 select=%3 read=%4 other=%5")
        .arg(m_samIds)
        .arg(m_finds)
        .arg(m_selects)
        .arg(m_reads)
        .arg(m_other);
}

void SimDevice::onReadable()
{
    char buf[512];
    const ssize_t n = ::read(m_master, buf, sizeof buf);
    if (n <= 0)
        return;
    m_parser.feed(QByteArray(buf, int(n)));
    using Event = sam::FrameParser::Event;
    for (Event e = m_parser.next(); e != Event::NeedMore; e = m_parser.next()) {
        if (e != Event::Frame)
            continue; // a real SAM ignores what it cannot frame
        quint16 command = 0;
        QByteArray data;
        if (sam::commandFromBody(m_parser.body(), &command, &data))
            handle(command);
    }
}

void SimDevice::handle(quint16 command)
{
    const bool card = m_card.has_value();
    switch (command) {
    case sam::SamId:
        ++m_samIds;
        reply(sam::Ok, QByteArray::fromHex("05010000a53a34014b8f4d0115cd5b07"));
        return;
    case sam::FindCard:
        ++m_finds;
        if (m_fault == Fault::Status)
            reply(m_status);
        else if (card && m_fault != Fault::NoCard)
            reply(sam::CardFound, QByteArray(4, '\0'));
        else
            reply(sam::NoCard);
        return;
    case sam::SelectCard:
        ++m_selects;
        reply(card && m_fault != Fault::SelectFail ? sam::Ok : sam::SelectFailed, QByteArray(8, '\0'));
        return;
    case sam::ReadText: {
        ++m_reads;
        if (!card || m_fault == Fault::ReadFail) {
            reply(sam::ReadFailed);
            return;
        }
        // The photo is opaque to the reader: a fixed 1024-byte stand-in for the wlt data.
        QByteArray data = sam::joinTextPhoto(sam::encodeText(*m_card), QByteArray(1024, '\x5A'));
        if (m_fault == Fault::Truncated)
            data.chop(1024 + 100);
        reply(sam::Ok, data);
        return;
    }
    default:
        ++m_other;
        reply(0x21);
    }
}

void SimDevice::reply(quint8 sw3, const QByteArray &data)
{
    QByteArray frame = sam::encodeReply(sw3, data);
    switch (m_fault) {
    case Fault::Stall:
        return;
    case Fault::BadCheck:
        frame[frame.size() - 1] = char(~quint8(frame.back()));
        break;
    case Fault::Garbage:
        // Fixed noise, so runs are reproducible: stray bytes, a preamble with an impossible length, and a false
        // preamble whose length swallows the start of the real reply (the parser must resynchronise inside it).
        frame.prepend(QByteArray::fromHex("00ffaaaa13aaaaaa9669ffff55aaaaaa96690010"));
        break;
    case Fault::Noise:
        frame = QByteArray::fromHex("00ff13aaaa5501020304aaaa") + frame.left(3); // never a whole frame
        break;
    case Fault::Partial:
        frame.truncate(frame.size() / 2);
        break;
    case Fault::Split:
        writeSplit(frame, 0, qMax(7, int(frame.size()) / 6));
        return;
    default:
        break;
    }
    writeOut(frame);
}

void SimDevice::writeOut(const QByteArray &bytes)
{
    if (m_master < 0)
        return;
    // Non-blocking: when nobody drains the slave the reply is lost, as on a real line.
    const ssize_t n = ::write(m_master, bytes.constData(), size_t(bytes.size()));
    Q_UNUSED(n);
}

void SimDevice::writeSplit(const QByteArray &bytes, int from, int piece)
{
    writeOut(bytes.mid(from, piece));
    if (from + piece >= bytes.size())
        return;
    const int generation = m_generation;
    QTimer::singleShot(15, this, [this, bytes, from, piece, generation] {
        if (generation == m_generation)
            writeSplit(bytes, from + piece, piece);
    });
}

} // namespace certdesk::samsim
