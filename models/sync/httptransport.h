#pragma once

#include "sync/syncsettings.h"
#include "sync/transport.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

namespace certdesk {

// HTTPS to the county server over one QNetworkAccessManager (HTTP/1.1 keep-alive, so a run of batches reuses
// the TLS session). Blocking: each call spins a local event loop until the reply or the timeout; use it on a
// worker thread or in the CLI.
class HttpTransport final : public SyncTransport
{
    Q_DECLARE_TR_FUNCTIONS(HttpTransport)

public:
    explicit HttpTransport(const SyncCredentials &credentials, int timeoutMs = 30000);

    Result<protocol::PushResponse> push(const protocol::PushRequest &request) override;
    Result<protocol::PullResponse> pull(const protocol::PullRequest &request) override;
    Result<protocol::HelloResponse> hello() override;
    void abort() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    Result<QJsonObject> exchange(const char *path, const QJsonObject *body);

    SyncCredentials m_credentials;
    int m_timeoutMs;
    QNetworkAccessManager m_manager;
    QPointer<QNetworkReply> m_inFlight;
};

} // namespace certdesk
