#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <random>

namespace certdesk::lossy {

// What happens to one client flight (the bytes a client sends after the server last spoke: a request, or a TLS
// handshake message) and to the server's answer to it.
enum class Fault
{
    None,
    Delay,        // the flight is held for a while, then forwarded: slow but whole
    Stall,        // nothing moves either way for a while, then both sides are cut
    CutRequest,   // part of the flight reaches the server, then both sides are cut
    CutResponse,  // the flight reaches the server; part of the answer's first chunk reaches the client, then cut
    TruncateBody, // the answer flows but its last bytes are held back; once the server falls quiet, both are cut
};
const char *faultName(Fault f);

struct Settings
{
    QHostAddress targetHost;
    quint16 targetPort = 0;
    quint64 seed = 1;
    double faultRate = 0.3;
    int maxDelayMs = 1500;
    int maxStallMs = 3000;
    int quietMs = 300; // a truncated answer is cut once the server has sent nothing for this long
};

// One accepted connection and its upstream. Every random choice comes from a generator seeded by (seed,
// connection number), so the same seed makes the same decisions for the same sequence of flights.
class Link : public QObject
{
    Q_OBJECT

public:
    Link(QTcpSocket *client, const Settings &settings, quint64 number, std::function<void(const QString &)> log,
         QObject *parent);

private:
    void fromClient();
    void fromServer();
    void decide();
    void forwardUp(const QByteArray &data);
    void cut(const char *why);
    void peerClosed(QTcpSocket *which);
    int uniform(int lo, int hi);

    Settings m_settings;
    quint64 m_number;
    std::function<void(const QString &)> m_log;
    std::mt19937_64 m_random;
    QPointer<QTcpSocket> m_client;
    QTcpSocket *m_server;
    QByteArray m_upPending; // client bytes waiting for the upstream connection or a delay
    QByteArray m_downHeld;  // server bytes held back by a truncation
    int m_direction = 0;    // 1: the client spoke last, 2: the server did
    Fault m_fault = Fault::None;
    bool m_holding = false; // a delay is running
    bool m_stalled = false;
    bool m_closed = false;
    int m_truncateBytes = 0;
    QTimer m_quiet;
};

class Proxy : public QObject
{
    Q_OBJECT

public:
    Proxy(const Settings &settings, std::function<void(const QString &)> log, QObject *parent = nullptr);
    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_server.serverPort(); }

private:
    Settings m_settings;
    std::function<void(const QString &)> m_log;
    QTcpServer m_server;
    quint64 m_connections = 0;
};

} // namespace certdesk::lossy
