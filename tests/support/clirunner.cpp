#include "clirunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QProcess>
#include <QtDebug>

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
    // Plain concatenation: QString::arg() would also expand "%1"-like text inside the captured output.
    return QStringLiteral("certdesk-admin ") + args.join(QLatin1Char(' ')) + QStringLiteral(" -> exit ") +
           QString::number(exitCode) + QStringLiteral("\n--- stdout:\n") + outText() +
           QStringLiteral("\n--- stderr:\n") + errText();
}

bool CliResult::succeeded() const
{
    if (exitCode != 0)
        qWarning("%s", qPrintable(describe()));
    return exitCode == 0;
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

QSet<QString> jsonKeys(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.flush();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace certdesk::test
