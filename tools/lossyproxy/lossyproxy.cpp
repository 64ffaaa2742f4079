#include "lossyproxy.h"

#include <utility>

namespace certdesk::lossy {

const char *faultName(Fault f)
{
    switch (f) {
    case Fault::None:
        return "none";
    case Fault::Delay:
        return "delay";
    case Fault::Stall:
        return "stall";
    case Fault::CutRequest:
        return "cut-request";
    case Fault::CutResponse:
        return "cut-response";
    case Fault::TruncateBody:
        return "truncate";
    }
    return "?";
}

Link::Link(QTcpSocket *client, const Settings &settings, quint64 number, std::function<void(const QString &)> log,
           QObject *parent)
    : QObject(parent), m_settings(settings), m_number(number), m_log(std::move(log)), m_client(client),
      m_server(new QTcpSocket(this))
{
    std::seed_seq seq{quint32(settings.seed), quint32(settings.seed >> 32), quint32(number)};
    m_random.seed(seq);
    client->setParent(this);
    client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_quiet.setSingleShot(true);
    connect(&m_quiet, &QTimer::timeout, this, [this] { cut("truncate"); });
    connect(client, &QTcpSocket::readyRead, this, &Link::fromClient);
    connect(m_server, &QTcpSocket::readyRead, this, &Link::fromServer);
    connect(m_server, &QTcpSocket::connected, this, [this] {
        m_server->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        if (!m_holding)
            forwardUp(std::exchange(m_upPending, {}));
    });
    connect(client, &QTcpSocket::disconnected, this, [this] { peerClosed(m_client); });
    connect(m_server, &QTcpSocket::disconnected, this, [this] { peerClosed(m_server); });
    connect(m_server, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e != QAbstractSocket::RemoteHostClosedError)
            peerClosed(m_server);
    });
    m_server->connectToHost(settings.targetHost, settings.targetPort);
    if (client->bytesAvailable() > 0)
        fromClient();
}

int Link::uniform(int lo, int hi)
{
    return hi <= lo ? lo : std::uniform_int_distribution<int>(lo, hi)(m_random);
}

void Link::decide()
{
    m_fault = Fault::None;
    if (std::uniform_real_distribution<double>(0.0, 1.0)(m_random) >= m_settings.faultRate)
        return;
    m_fault = Fault(uniform(int(Fault::Delay), int(Fault::TruncateBody)));
    m_log(QStringLiteral("fault conn=%1 kind=%2").arg(m_number).arg(QLatin1String(faultName(m_fault))));
    if (m_fault == Fault::Delay) {
        m_holding = true;
        QTimer::singleShot(uniform(50, m_settings.maxDelayMs), this, [this] {
            m_holding = false;
            forwardUp(std::exchange(m_upPending, {}));
        });
    } else if (m_fault == Fault::Stall) {
        m_stalled = true;
        QTimer::singleShot(uniform(m_settings.maxStallMs / 3, m_settings.maxStallMs), this, [this] { cut("stall"); });
    } else if (m_fault == Fault::TruncateBody) {
        m_truncateBytes = uniform(1, 64);
    }
}

void Link::forwardUp(const QByteArray &data)
{
    if (m_closed)
        return;
    if (m_holding || m_server->state() != QAbstractSocket::ConnectedState) {
        m_upPending += data;
        return;
    }
    if (!data.isEmpty())
        m_server->write(data);
}

void Link::fromClient()
{
    if (m_closed || !m_client)
        return;
    const QByteArray data = m_client->readAll();
    if (data.isEmpty())
        return;
    if (m_direction != 1) {
        m_direction = 1;
        decide();
    }
    if (m_stalled)
        return; // swallowed: the link is dead until the stall ends in a cut
    if (m_fault == Fault::CutRequest) {
        // The server gets a strict prefix of the flight (possibly nothing), then both sides are cut.
        forwardUp(data.left(uniform(0, int(data.size()) - 1)));
        if (m_server->state() == QAbstractSocket::ConnectedState)
            m_server->flush();
        cut("cut-request");
        return;
    }
    forwardUp(data);
}

void Link::fromServer()
{
    if (m_closed || !m_client)
        return;
    const QByteArray data = m_server->readAll();
    m_direction = 2;
    if (m_stalled || data.isEmpty())
        return;
    if (m_fault == Fault::CutResponse) {
        m_client->write(data.left(uniform(0, int(data.size()) - 1)));
        cut("cut-response");
        return;
    }
    if (m_fault == Fault::TruncateBody) {
        m_downHeld += data;
        const qsizetype pass = qMax<qsizetype>(0, m_downHeld.size() - m_truncateBytes);
        m_client->write(m_downHeld.left(pass));
        m_downHeld.remove(0, pass);
        m_quiet.start(m_settings.quietMs);
        return;
    }
    m_client->write(data);
}

void Link::cut(const char *why)
{
    if (m_closed)
        return;
    m_closed = true;
    m_quiet.stop();
    m_log(QStringLiteral("cut conn=%1 by=%2").arg(m_number).arg(QLatin1String(why)));
    // Graceful closes: what was already written (the prefix) still goes out, then FIN. Both sides see a
    // connection that ends in the middle of a TLS record or an HTTP message.
    if (m_client)
        m_client->disconnectFromHost();
    m_server->disconnectFromHost();
    QTimer::singleShot(10000, this, &QObject::deleteLater);
}

void Link::peerClosed(QTcpSocket *which)
{
    if (which == m_server && !m_closed && m_client) {
        // The county closed: pass on what it sent (a held truncation tail is dropped: that is the fault).
        if (m_fault != Fault::TruncateBody && !m_stalled)
            m_client->write(m_server->readAll());
        m_client->disconnectFromHost();
    } else if (which == m_client && !m_closed) {
        forwardUp(m_client->readAll());
        if (m_server->state() == QAbstractSocket::ConnectedState)
            m_server->disconnectFromHost();
        else if (m_upPending.isEmpty())
            m_server->abort();
    }
    const bool clientGone = !m_client || m_client->state() == QAbstractSocket::UnconnectedState;
    if (clientGone && m_server->state() == QAbstractSocket::UnconnectedState)
        deleteLater();
}

Proxy::Proxy(const Settings &settings, std::function<void(const QString &)> log, QObject *parent)
    : QObject(parent), m_settings(settings), m_log(std::move(log))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_server.nextPendingConnection())
            new Link(client, m_settings, ++m_connections, m_log, this);
    });
}

bool Proxy::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

} // namespace certdesk::lossy
