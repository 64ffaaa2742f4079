#pragma once

// The county data directory: config.json, the CA and server key pairs and (by default) the SQLite database.

#include "core/result.h"

#include <QString>

namespace certdesk::county {

struct CountyConfig
{
    QString countyCode;
    QString countyName;
    QString databaseUrl; // empty → SQLite file DIR/county.sqlite; else postgresql://user@host:port/db (no password)
};

struct DataDir
{
    QString path;
    // --ca-dir: where ca.key lives, apart from the directory `serve` runs from (serve never needs it; only init,
    // enroll, server-cert and renew do). Empty: the data directory, as before (serve then warns).
    QString caDir;
    QString file(const char *name) const;
    QString configFile() const { return file("config.json"); }
    QString caKey() const { return caDir.isEmpty() ? file("ca.key") : caDir + QStringLiteral("/ca.key"); }
    QString caCert() const { return file("ca.pem"); }
    QString serverKey() const { return file("server.key"); }
    QString serverCert() const { return file("server.pem"); }
    QString sqliteFile() const { return file("county.sqlite"); }
};

Result<CountyConfig> loadConfig(const DataDir &dir);
Status saveConfig(const DataDir &dir, const CountyConfig &config);

// postgresql://[user@]host[:port]/dbname[?host=/socket/dir] (also postgres://). A password in the URL is refused:
// it would sit in argv and in config.json.
struct PgTarget
{
    QString host;
    int port = 5432;
    QString user;
    QString database;
    // libpq's sslmode and sslrootcert from the URL's query (?sslmode=verify-full&sslrootcert=/etc/…/root.crt);
    // empty: libpq's default (prefer). docs/county.md recommends verify-full.
    QString sslMode;
    QString sslRootCert;
};
Result<PgTarget> parsePostgresUrl(const QString &url);

// Reads a whole file / writes one atomically with the given permissions (0600 for keys).
Result<QByteArray> readFileBytes(const QString &path);
Status writeFileBytes(const QString &path, const QByteArray &bytes, bool secret);

} // namespace certdesk::county
