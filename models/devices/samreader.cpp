#include "samreader.h"

#include "codec/samtext.h"
#include "core/logging.h"
#include "devices/portprobe.h"
#include "devices/samidentity.h"

namespace certdesk {

namespace {

bool sameCard(const CardIdentity &a, const CardIdentity &b)
{
    return a.idNo == b.idNo && a.name == b.name && a.validTo == b.validTo && a.cardType == b.cardType;
}

} // namespace

SamReader::SamReader(const QString &port, QObject *parent) : IdentitySource(parent), m_configured(port)
{
    m_replyTimer.setSingleShot(true);
    m_pollTimer.setSingleShot(true);
    m_reopenTimer.setSingleShot(true);
    connect(&m_replyTimer, &QTimer::timeout, this, &SamReader::onTimeout);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        if (m_ready && m_step == Step::None)
            send(Step::Find);
    });
    connect(&m_reopenTimer, &QTimer::timeout, this, [this] {
        m_candidates = candidates();
        m_candidate = -1;
        openNext();
    });
    connect(&m_port, &QSerialPort::readyRead, this, &SamReader::onReadyRead);
    // Errors of an open port only (open() failures are handled where open() is called), acted on later: the port
    // must not be closed from inside its own notification handler, and an error of a port since closed is stale.
    connect(&m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError error) {
        if (!m_port.isOpen())
            return;
        QMetaObject::invokeMethod(
            this,
            [this, error, generation = m_generation] {
                if (generation == m_generation)
                    onPortError(error);
            },
            Qt::QueuedConnection);
    });
    m_message = tr("The ID card reader is not started");
}

SamReader::~SamReader()
{
    m_running = false;
    closePort();
}

QString SamReader::deviceName() const
{
    if (!m_openPath.isEmpty())
        return m_openPath;
    // Probing every candidate port: name the kind of reader rather than an empty device.
    return m_configured.isEmpty() ? tr("ID card reader") : m_configured;
}

void SamReader::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cardPresent = false;
    m_misses = 0;
    m_candidates = candidates();
    m_candidate = -1;
    m_lastError.clear();
    setState(ReaderState::Absent, tr("Looking for the ID card reader…"));
    openNext();
}

void SamReader::stop()
{
    m_running = false;
    m_pollTimer.stop();
    m_reopenTimer.stop();
    closePort();
    setState(ReaderState::Absent, tr("The ID card reader is stopped"));
}

QStringList SamReader::candidates() const
{
    if (!m_configured.isEmpty())
        return {m_configured};
    return m_candidateSource ? m_candidateSource() : portprobe::candidatePaths();
}

void SamReader::openNext()
{
    closePort();
    if (!m_running)
        return;
    while (++m_candidate < m_candidates.size()) {
        const QString path = m_candidates.at(m_candidate);
        m_port.setPortName(path);
        if (!m_port.open(QIODevice::ReadWrite)) {
            m_lastError = tr("Cannot open %1: %2").arg(path, m_port.errorString());
            continue;
        }
        m_openPath = path;
        qCDebug(lcDevices) << "SAM reader: probing" << path << "at" << m_baud << "baud";
        m_port.setBaudRate(m_baud);
        m_port.setDataBits(QSerialPort::Data8);
        m_port.setParity(QSerialPort::NoParity);
        m_port.setStopBits(QSerialPort::OneStop);
        m_port.setFlowControl(QSerialPort::NoFlowControl);
        m_port.clear();
        send(Step::Probe);
        return;
    }
    QString message = m_lastError;
    if (m_candidates.isEmpty())
        message = tr("No ID card reader found: connect it, or set its port in the settings");
    else if (message.isEmpty())
        message = tr("No ID card reader answered");
    setState(ReaderState::Absent, message);
    m_reopenTimer.start(m_timing.reopenMs);
}

void SamReader::closePort()
{
    ++m_generation;
    m_replyTimer.stop();
    m_step = Step::None;
    m_ready = false;
    m_timeouts = 0;
    if (m_port.isOpen())
        m_port.close();
    m_openPath.clear();
    m_parser.reset();
}

void SamReader::lost(const QString &message)
{
    qCInfo(lcDevices) << "SAM reader lost:" << message;
    m_pollTimer.stop();
    closePort();
    if (m_cardPresent) {
        m_cardPresent = false;
        m_misses = 0;
        Q_EMIT cardRemoved();
    }
    setState(ReaderState::Absent, message);
    if (m_running)
        m_reopenTimer.start(m_timing.reopenMs);
}

void SamReader::send(Step step)
{
    // Replies carry no command echo: whatever arrived before this request belongs to an abandoned one.
    m_port.readAll();
    m_parser.reset();
    m_garbage = false;
    m_badCheck = false;
    m_step = step;
    const quint16 command = step == Step::Probe    ? sam::SamId
                            : step == Step::Find   ? sam::FindCard
                            : step == Step::Select ? sam::SelectCard
                                                   : sam::ReadText;
    m_replyTimer.start(step == Step::Read ? m_timing.readMs : m_timing.replyMs);
    if (m_port.write(sam::encodeCommand(command)) < 0)
        QMetaObject::invokeMethod(
            this,
            [this, generation = m_generation] {
                if (generation == m_generation)
                    onPortError(QSerialPort::WriteError);
            },
            Qt::QueuedConnection);
}

void SamReader::onReadyRead()
{
    if (!m_port.isOpen())
        return;
    m_parser.feed(m_port.readAll());
    using Event = sam::FrameParser::Event;
    for (Event e = m_parser.next(); e != Event::NeedMore; e = m_parser.next()) {
        switch (e) {
        case Event::Garbage:
        case Event::BadLength:
            m_garbage = true;
            break;
        case Event::BadCheck:
            // Noise can look like a frame start; the real reply may still follow, so wait for it until the
            // deadline and only then report the bad check.
            m_badCheck = true;
            break;
        case Event::Frame: {
            if (m_step == Step::None)
                break; // a late reply to an abandoned request
            sam::Reply reply;
            if (!sam::replyFromBody(m_parser.body(), &reply)) {
                exchangeFailed(tr("The reader sent a malformed reply (%1)").arg(stepName(m_step)));
                break;
            }
            onReply(reply);
            break;
        }
        case Event::NeedMore:
            break;
        }
        if (!m_port.isOpen())
            return;
    }
}

void SamReader::onReply(const sam::Reply &reply)
{
    m_replyTimer.stop();
    const Step step = m_step;
    m_step = Step::None;
    m_timeouts = 0;
    const QString reported = tr("The reader reported: %1 (%2)").arg(sam::statusName(reply.sw3), stepName(step));
    switch (step) {
    case Step::Probe:
        onProbeReply(reply);
        return;
    case Step::Find:
        if (reply.sw3 == sam::CardFound)
            send(Step::Select);
        else if (reply.sw3 == sam::NoCard)
            noCard();
        else
            exchangeFailed(reported);
        return;
    case Step::Select:
        if (reply.sw3 == sam::Ok)
            send(Step::Read);
        else if (reply.sw3 == sam::SelectFailed)
            exchangeFailed(tr("The card could not be selected: lay it flat on the reader"));
        else if (reply.sw3 == sam::NoCard)
            noCard();
        else
            exchangeFailed(reported);
        return;
    case Step::Read:
        if (reply.sw3 == sam::Ok)
            onReadReply(reply);
        else if (reply.sw3 == sam::ReadFailed)
            exchangeFailed(tr("The card could not be read: keep it still and try again"));
        else if (reply.sw3 == sam::NoCard)
            noCard();
        else
            exchangeFailed(reported);
        return;
    case Step::None:
        return;
    }
}

void SamReader::onProbeReply(const sam::Reply &reply)
{
    if (reply.sw3 != sam::Ok || reply.data.size() < 16) {
        m_lastError = tr("%1 does not answer as an ID card reader").arg(m_openPath);
        openNext();
        return;
    }
    m_ready = true;
    m_samId = reply.data.left(16);
    m_lastError.clear();
    setState(ReaderState::Idle, tr("Ready: place a card on the reader"));
    schedulePoll(0);
}

void SamReader::onReadReply(const sam::Reply &reply)
{
    sam::TextPhoto parts;
    if (!sam::splitTextPhoto(reply.data, &parts)) {
        exchangeFailed(tr("The reader's card data was incomplete"));
        return;
    }
    const auto text = sam::decodeText(parts.text);
    if (!text) {
        exchangeFailed(tr("The card's data could not be decoded (%1)").arg(text.error().codeWord()));
        return;
    }
    const CardIdentity identity = identityFromSamText(*text, m_openPath);
    const bool fresh = !m_cardPresent || !sameCard(identity, m_last);
    m_cardPresent = true;
    m_misses = 0;
    m_last = identity;
    setState(ReaderState::CardRead,
             identity.isExpiredOn(m_clock->today()) ? tr("Card read: this card has EXPIRED") : tr("Card read"));
    if (fresh)
        Q_EMIT cardRead(identity);
    schedulePoll(m_timing.pollMs);
}

void SamReader::noCard()
{
    if (m_cardPresent && ++m_misses < m_timing.removeConfirm) {
        schedulePoll(m_timing.pollMs);
        return;
    }
    if (m_cardPresent) {
        m_cardPresent = false;
        m_misses = 0;
        Q_EMIT cardRemoved();
    }
    setState(ReaderState::Idle, tr("Ready: place a card on the reader"));
    schedulePoll(m_timing.pollMs);
}

void SamReader::onTimeout()
{
    if (m_step == Step::None)
        return;
    const Step step = m_step;
    m_step = Step::None;
    const bool silent = !m_badCheck && !m_garbage && m_parser.buffered() == 0;
    QString message = tr("The reader did not answer in time (%1)").arg(stepName(step));
    if (m_badCheck)
        message = tr("A reply from the reader failed its check byte (%1)").arg(stepName(step));
    else if (m_parser.inFrame())
        message = tr("The reader's reply was cut off (%1)").arg(stepName(step));
    else if (m_garbage || m_parser.buffered() > 0)
        message = tr("The reader sent unreadable data (%1)").arg(stepName(step));
    if (step == Step::Probe) {
        m_lastError = tr("%1: %2").arg(m_openPath, message);
        openNext();
        return;
    }
    // Only silence suggests a lost device; a noisy line is reported but keeps the port.
    if (silent && ++m_timeouts >= m_timing.maxTimeouts) {
        lost(tr("%1; reconnecting").arg(message));
        return;
    }
    setState(ReaderState::Error, message);
    schedulePoll(m_timing.pollMs);
}

void SamReader::onPortError(QSerialPort::SerialPortError error)
{
    if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError || !m_port.isOpen())
        return;
    // QSerialPort's error text is often a stale errno ("Inappropriate ioctl…"): not worth showing a clerk.
    lost(tr("The ID card reader was disconnected; waiting for it to come back"));
}

void SamReader::exchangeFailed(const QString &message)
{
    m_replyTimer.stop();
    const bool probing = m_step == Step::Probe;
    m_step = Step::None;
    if (probing) {
        m_lastError = tr("%1: %2").arg(m_openPath, message);
        openNext();
        return;
    }
    setState(ReaderState::Error, message);
    schedulePoll(m_timing.pollMs);
}

void SamReader::schedulePoll(int ms)
{
    if (m_running)
        m_pollTimer.start(ms);
}

void SamReader::setState(ReaderState state, const QString &message)
{
    if (state == m_state && message == m_message)
        return;
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged(state, message);
}

QString SamReader::stepName(Step step) const
{
    switch (step) {
    case Step::Probe:
        return tr("identify reader");
    case Step::Find:
        return tr("find card");
    case Step::Select:
        return tr("select card");
    case Step::Read:
        return tr("read card");
    case Step::None:
        break;
    }
    return {};
}

} // namespace certdesk
