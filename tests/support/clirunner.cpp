#include "clirunner.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QProcess>

namespace certdesk::test {

QJsonObject CliResult::json(bool *ok) const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    const bool valid = error.error == QJsonParseError::NoError && doc.isObject();
    if (ok)
        *ok = valid;
    return valid ? doc.object() : QJsonObject();
}

QString CliResult::describe() const
{
    return QStringLiteral("certdesk-admin %1 → exit %2\n--- stdout:\n%3\n--- stderr:\n%4")
        .arg(args.join(QLatin1Char(' ')))
        .arg(exitCode)
        .arg(outText(), errText());
}

CliResult runCli(const QStringList &args, const QByteArray &stdinData)
{
    CliResult result;
    result.args = args;
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(QStringLiteral(CERTDESK_ADMIN_BIN), args);
    if (!process.waitForStarted(10000))
        return result;
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        result.exitCode = -2;
    } else {
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QByteArray stdinLines(const QStringList &lines)
{
    QByteArray data;
    for (const QString &line : lines)
        data += line.toUtf8() + '\n';
    return data;
}

} // namespace certdesk::test
