#pragma once

// The console's link to certdesk-county: HTTPS with the supervisor's PKCS#12 bundle (mutual TLS, the bundle's county
// CA as the only trust anchor), GET/POST of the report endpoints (docs/county-reports.md). The key lives in memory
// only, for the life of the process.

#include "core/result.h"

#include <QJsonObject>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace certdesk::console {

class ConsoleClient : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Result<QJsonObject> &)>;

    // Reads the bundle with the password (like a card PIN). Wrong password or not a bundle → Error auth/invalid;
    // a bundle that is not a supervisor's → Error invalid "not_supervisor".
    static Result<std::unique_ptr<ConsoleClient>> open(const QUrl &server, const QString &bundlePath,
                                                       const QString &password);
    ~ConsoleClient() override;

    QString supervisorName() const { return m_name; }
    QUrl server() const { return m_server; }
    QDateTime certificateExpiry() const;

    // report: the path after /api/v1/reports/ ("overview", "review/mark", …). `done` runs on this thread.
    // Errors: "unreachable" (Io: no answer), "forbidden"/"revoked" (Auth), else the server's error code.
    void get(const QString &report, const QUrlQuery &query, Done done);
    void post(const QString &report, const QJsonObject &body, Done done);

private:
    ConsoleClient(QUrl server, const QSslConfiguration &tls, QString name);
    void finish(QNetworkReply *reply, const Done &done);

    QUrl m_server;
    QSslConfiguration m_tls;
    QString m_name;
    QNetworkAccessManager *m_nam = nullptr;
};

} // namespace certdesk::console
