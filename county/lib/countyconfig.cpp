#include "countyconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrl>
#include <QUrlQuery>

namespace certdesk::county {

namespace {

// The translation context of this file's messages (lupdate files them under it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(County)
};

} // namespace

using namespace Qt::StringLiterals;

namespace {} // namespace

QString DataDir::file(const char *name) const
{
    return QDir(path).filePath(QLatin1String(name));
}

Result<QByteArray> readFileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(ErrorCode::Read, Tr::tr("Cannot read %1: %2").arg(path, f.errorString()));
    return f.readAll();
}

Status writeFileBytes(const QString &path, const QByteArray &bytes, bool secret)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::io(ErrorCode::Write, Tr::tr("Cannot write %1: %2").arg(path, f.errorString()));
    if (secret)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(bytes);
    if (!f.commit())
        return Error::io(ErrorCode::Write, Tr::tr("Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

Result<CountyConfig> loadConfig(const DataDir &dir)
{
    auto bytes = readFileBytes(dir.configFile());
    if (!bytes)
        return Error::refused(ErrorCode::NotInitialised,
                              Tr::tr("%1 is not a county data directory (run init first).").arg(dir.path));
    const QJsonObject o = QJsonDocument::fromJson(bytes.value()).object();
    CountyConfig c;
    c.countyCode = o.value(u"county_code"_s).toString();
    c.countyName = o.value(u"county_name"_s).toString();
    c.databaseUrl = o.value(u"database"_s).toString();
    if (c.countyCode.isEmpty())
        return Error::io(ErrorCode::Config, Tr::tr("%1 is damaged.").arg(dir.configFile()));
    return c;
}

Status saveConfig(const DataDir &dir, const CountyConfig &config)
{
    const QJsonObject o{{u"county_code"_s, config.countyCode},
                        {u"county_name"_s, config.countyName},
                        {u"database"_s, config.databaseUrl}};
    return writeFileBytes(dir.configFile(), QJsonDocument(o).toJson(), false);
}

Result<PgTarget> parsePostgresUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql"_s && url.scheme() != u"postgres"_s))
        return Error::invalid(ErrorCode::DatabaseUrl,
                              Tr::tr("The database must be a postgresql://user@host:port/name URL."));
    if (!url.password().isEmpty())
        return Error::invalid(ErrorCode::DatabaseUrl,
                              Tr::tr("Do not put the database password in the URL: use PGPASSFILE or "
                                     "--db-password-stdin."));
    PgTarget t;
    t.host = url.host();
    const QUrlQuery q(url);
    if (q.hasQueryItem(u"host"_s))
        t.host = q.queryItemValue(u"host"_s, QUrl::FullyDecoded);
    if (q.hasQueryItem(u"user"_s))
        t.user = q.queryItemValue(u"user"_s, QUrl::FullyDecoded);
    if (q.hasQueryItem(u"port"_s))
        t.port = q.queryItemValue(u"port"_s).toInt();
    if (url.port() > 0)
        t.port = url.port();
    if (!url.userName().isEmpty())
        t.user = url.userName();
    static const QStringList kSslModes{u"disable"_s, u"allow"_s,     u"prefer"_s,
                                       u"require"_s, u"verify-ca"_s, u"verify-full"_s};
    if (q.hasQueryItem(u"sslmode"_s)) {
        t.sslMode = q.queryItemValue(u"sslmode"_s, QUrl::FullyDecoded);
        if (!kSslModes.contains(t.sslMode))
            return Error::invalid(ErrorCode::DatabaseUrl,
                                  Tr::tr("sslmode must be one of %1.").arg(kSslModes.join(u", "_s)));
    }
    if (q.hasQueryItem(u"sslrootcert"_s))
        t.sslRootCert = q.queryItemValue(u"sslrootcert"_s, QUrl::FullyDecoded);
    // Qt passes connect options to libpq as "key=value;…": a value with ';' or spaces would inject other options.
    if (t.sslRootCert.contains(u';') || t.sslRootCert.contains(u' '))
        return Error::invalid(ErrorCode::DatabaseUrl, Tr::tr("sslrootcert must be a path without spaces or ';'."));
    t.database = url.path().mid(1);
    if (t.database.isEmpty() || t.port <= 0)
        return Error::invalid(ErrorCode::DatabaseUrl, Tr::tr("The database URL names no database."));
    return t;
}

} // namespace certdesk::county
