#pragma once

#include "codec/samframe.h"
#include "core/clock.h"
#include "devices/identitysource.h"

#include <QSerialPort>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace certdesk {

// The serial resident ID card reader (GA 467 SAM). Everything is timer- and signal-driven on the object's thread:
// no call blocks, so it can live in the GUI thread. One request is outstanding at a time and each has a deadline;
// garbage, split frames and bad checks are absorbed by the frame parser and reported through state()/message().
//
// Cycle: open the port (the configured one, or each candidate in turn) → SAM identity → every pollMs: find card
// → select → read text. A card is reported once; it counts as removed after `removeConfirm` polls without it.
// A lost device (read/write error, or `maxTimeouts` unanswered requests in a row) closes the port and reopens it
// every reopenMs, so unplugging and replugging the reader needs no restart.
class SamReader : public IdentitySource
{
    Q_OBJECT

public:
    struct Timing
    {
        int pollMs = 500;
        int replyMs = 400; // SAM identity, find, select
        int readMs = 2000; // read text+photo: the SAM talks to the card, then ~1.3 KB at 115200 baud
        int reopenMs = 1000;
        int maxTimeouts = 3;
        int removeConfirm = 2;
    };

    // `port` empty: probe portprobe::candidatePaths() on every (re)open.
    explicit SamReader(const QString &port = {}, QObject *parent = nullptr);
    ~SamReader() override;

    void setTiming(const Timing &timing) { m_timing = timing; }
    void setBaudRate(qint32 baud) { m_baud = baud; }
    // Where to look when no port is configured; default portprobe::candidatePaths() (USB-serial and CDC ports).
    void setCandidateSource(std::function<QStringList()> source) { m_candidateSource = std::move(source); }
    // For the "card expired" status; the caller keeps the clock alive. Default: the system clock.
    void setClock(const Clock *clock) { m_clock = clock; }

    void start() override;
    void stop() override;
    ReaderState state() const override { return m_state; }
    QString message() const override { return m_message; }
    QString deviceName() const override;
    QByteArray samId() const { return m_samId; }

private:
    enum class Step
    {
        None,
        Probe,
        Find,
        Select,
        Read
    };

    void openNext();
    QStringList candidates() const;
    void closePort();
    void lost(const QString &message);
    void send(Step step);
    void onReadyRead();
    void onReply(const sam::Reply &reply);
    void onProbeReply(const sam::Reply &reply);
    void onReadReply(const sam::Reply &reply);
    void onTimeout();
    void onPortError(QSerialPort::SerialPortError error);
    void exchangeFailed(const QString &message);
    void noCard();
    void schedulePoll(int ms);
    void setState(ReaderState state, const QString &message);
    QString stepName(Step step) const;

    SystemClock m_systemClock;
    const Clock *m_clock = &m_systemClock;
    QString m_configured;
    QString m_openPath;
    QString m_lastError;
    bool m_garbage = false;
    bool m_badCheck = false;
    std::function<QStringList()> m_candidateSource;
    QStringList m_candidates;
    int m_candidate = -1;
    qint32 m_baud = 115200;
    Timing m_timing;
    QSerialPort m_port;
    sam::FrameParser m_parser;
    QTimer m_replyTimer;
    QTimer m_pollTimer;
    QTimer m_reopenTimer;
    Step m_step = Step::None;
    bool m_running = false;
    bool m_ready = false; // the open port answered the SAM identity command
    int m_timeouts = 0;
    int m_generation = 0; // bumped on every close: queued port errors of an earlier opening are dropped
    int m_misses = 0;
    bool m_cardPresent = false;
    CardIdentity m_last;
    QByteArray m_samId;
    ReaderState m_state = ReaderState::Absent;
    QString m_message;
};

} // namespace certdesk
