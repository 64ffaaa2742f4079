#include "pcscreader.h"

#include "devices/pcsccard.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

#include <winscard.h>

#include <chrono>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace certdesk {

namespace {

constexpr DWORD SliceMs = 500;
constexpr auto ServiceRetry = std::chrono::seconds(2);
const char *const PnpReader = "\\\\?PnP?\\Notification";

} // namespace

PcscReader::PcscReader(const QString &onlyReader, QObject *parent) : IdentitySource(parent), m_only(onlyReader)
{
    m_message = tr("PC/SC reader not started.");
}

PcscReader::~PcscReader()
{
    stop();
}

void PcscReader::start()
{
    if (m_worker.joinable())
        return;
    m_stopping = false;
    m_worker = std::thread([this] { run(); });
}

void PcscReader::stop()
{
    if (!m_worker.joinable())
        return;
    m_stopping = true;
    {
        const std::lock_guard lock(m_contextMutex);
        if (m_context)
            m_context->cancel();
    }
    m_worker.join();
    ++m_run;
    setState(ReaderState::Absent, tr("PC/SC reader stopped."));
}

void PcscReader::setState(ReaderState state, const QString &message)
{
    if (state == m_state && message == m_message)
        return;
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged(state, message);
}

// The worker never touches members other than the atomics and the context pointer: everything else goes through
// the event loop. Posts carry the run they belong to, so news from a stopped run is dropped.
void PcscReader::post(ReaderState state, const QString &message)
{
    const int run = m_run;
    QMetaObject::invokeMethod(
        this,
        [this, run, state, message] {
            if (run == m_run)
                setState(state, message);
        },
        Qt::QueuedConnection);
}

void PcscReader::postCard(const CardIdentity &identity)
{
    const int run = m_run;
    QMetaObject::invokeMethod(
        this,
        [this, run, identity] {
            if (run != m_run)
                return;
            setState(ReaderState::CardRead, tr("Social security card read on %1.").arg(identity.source));
            Q_EMIT cardRead(identity);
        },
        Qt::QueuedConnection);
}

void PcscReader::postRemoved()
{
    const int run = m_run;
    QMetaObject::invokeMethod(
        this,
        [this, run] {
            if (run == m_run)
                Q_EMIT cardRemoved();
        },
        Qt::QueuedConnection);
}

void PcscReader::run()
{
    auto sleepUnlessStopping = [this](auto duration) {
        const auto until = std::chrono::steady_clock::now() + duration;
        while (!m_stopping && std::chrono::steady_clock::now() < until)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
    };

    while (!m_stopping) {
        pcsc::Context context;
        if (auto established = context.establish(); !established) {
            post(ReaderState::Absent, established.error().message);
            sleepUnlessStopping(ServiceRetry);
            continue;
        }
        {
            const std::lock_guard lock(m_contextMutex);
            m_context = &context;
        }

        // One entry per reader plus the PnP pseudo-reader; a card counts as "seen" until it leaves.
        std::map<QString, bool> cardPresent;
        bool relist = true;
        QStringList readers;
        std::vector<QByteArray> names;
        std::vector<SCARD_READERSTATE> states;
        while (!m_stopping) {
            if (relist) {
                auto listed = context.readers();
                if (!listed) {
                    post(ReaderState::Error, listed.error().message);
                    break;
                }
                readers = listed.value();
                if (!m_only.isEmpty())
                    readers = readers.contains(m_only) ? QStringList{m_only} : QStringList();
                names.clear();
                states.clear();
                for (const QString &reader : readers)
                    names.push_back(reader.toUtf8());
                names.push_back(QByteArray(PnpReader));
                for (const QByteArray &name : names) {
                    SCARD_READERSTATE state{};
                    state.szReader = name.constData();
                    state.dwCurrentState = SCARD_STATE_UNAWARE;
                    states.push_back(state);
                }
                for (auto it = cardPresent.begin(); it != cardPresent.end();)
                    it = readers.contains(it->first) ? std::next(it) : cardPresent.erase(it);
                if (readers.isEmpty())
                    post(ReaderState::Absent, tr("No PC/SC card reader is connected."));
                else
                    post(ReaderState::Idle, tr("PC/SC: %n reader(s) ready; lay a social security card on one.", nullptr,
                                               int(readers.size())));
                relist = false;
            }
            const LONG rv =
                SCardGetStatusChange(SCARDCONTEXT(context.handle()), SliceMs, states.data(), DWORD(states.size()));
            if (rv == SCARD_E_TIMEOUT)
                continue;
            if (rv == SCARD_E_CANCELLED)
                break;
            if (rv == SCARD_E_UNKNOWN_READER || rv == SCARD_E_READER_UNAVAILABLE) {
                relist = true;
                continue;
            }
            if (rv != SCARD_S_SUCCESS) {
                post(ReaderState::Absent, pcsc::pcscError(rv).message); // pcscd went away: reconnect later
                break;
            }
            for (size_t i = 0; i < states.size(); ++i) {
                SCARD_READERSTATE &state = states[i];
                const DWORD event = state.dwEventState;
                state.dwCurrentState = event & ~SCARD_STATE_CHANGED;
                if (!(event & SCARD_STATE_CHANGED))
                    continue;
                if (i + 1 == states.size()) { // PnP: a reader came or went
                    relist = true;
                    continue;
                }
                if (event & SCARD_STATE_UNKNOWN) { // the reader was unplugged
                    relist = true;
                    continue;
                }
                const QString &reader = readers.at(int(i));
                const bool present = event & SCARD_STATE_PRESENT;
                bool &seen = cardPresent[reader];
                if (present && !seen) {
                    seen = true;
                    if (event & SCARD_STATE_MUTE) {
                        post(ReaderState::Error, pcsc::pcscError(SCARD_W_UNRESPONSIVE_CARD).message);
                        continue;
                    }
                    auto identity = pcsc::readCard(context, reader);
                    if (identity)
                        postCard(identity.value());
                    else
                        post(ReaderState::Error, identity.error().message);
                } else if (!present && seen) {
                    seen = false;
                    postRemoved();
                    post(ReaderState::Idle, tr("PC/SC: card removed; ready for the next card."));
                }
            }
        }
        {
            const std::lock_guard lock(m_contextMutex);
            m_context = nullptr;
        }
        sleepUnlessStopping(std::chrono::milliseconds(200));
    }
}

} // namespace certdesk
