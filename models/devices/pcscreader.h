#pragma once

#include "devices/identitysource.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

namespace certdesk {

namespace pcsc {
class Context;
}

// Social security cards on any PC/SC reader (pcsc-lite). A worker thread follows readers and cards with
// SCardGetStatusChange (500 ms slices, the PnP pseudo-reader for plug/unplug, SCardCancel on stop) and reads each
// newly inserted card once; results arrive on the object's thread as cardRead / cardRemoved / stateChanged.
// Without pcscd the source says so (Absent) and keeps looking for the service every two seconds.
class PcscReader : public IdentitySource
{
    Q_OBJECT

public:
    // `onlyReader` empty: every PC/SC reader; otherwise that reader alone.
    explicit PcscReader(const QString &onlyReader = {}, QObject *parent = nullptr);
    ~PcscReader() override;

    void start() override;
    void stop() override;
    ReaderState state() const override { return m_state; }
    QString message() const override { return m_message; }
    QString deviceName() const override { return m_only.isEmpty() ? QStringLiteral("PC/SC") : m_only; }

private:
    void run();
    void post(ReaderState state, const QString &message);
    void postCard(const CardIdentity &identity);
    void postRemoved();
    void setState(ReaderState state, const QString &message);

    const QString m_only;
    ReaderState m_state = ReaderState::Absent;
    QString m_message;
    std::thread m_worker;
    std::atomic_bool m_stopping{false};
    std::atomic_int m_run{0}; // bumped by stop(); read by the worker when it posts
    std::mutex m_contextMutex;
    pcsc::Context *m_context = nullptr; // the worker's context, for SCardCancel from stop(); under m_contextMutex
};

} // namespace certdesk
