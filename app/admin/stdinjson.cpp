// --stdin-json: personal data (ID numbers, addresses, phones) read from standard input instead of argv, where
// every user of the machine can read it (/proc/<pid>/cmdline, ps) and shells keep it in their history.

#include "cli.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace certdesk::cli {

const QString kStdinJson = QStringLiteral("stdin-json");

QCommandLineOption stdinJsonOption()
{
    return QCommandLineOption(kStdinJson, Context::tr("Read personal data as one JSON object (one line) from "
                                                      "standard input, before the password."));
}

bool readStdinJson(Context &c, const QStringList &keys, int *exitCode)
{
    if (!c.isSet(kStdinJson))
        return true;
    QString line;
    if (!c.secrets.read(Context::tr("Personal data (JSON): "), &line)) {
        *exitCode = c.usage(Context::tr("--stdin-json: no JSON line on standard input."));
        return false;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
    line.fill(QLatin1Char('\0'));
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *exitCode = c.usage(Context::tr("--stdin-json: the first line of standard input is not a JSON object."));
        return false;
    }
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!keys.contains(it.key()) || !it.value().isString()) {
            *exitCode = c.usage(
                Context::tr("--stdin-json takes string values for %1 only.").arg(keys.join(QStringLiteral(", "))));
            return false;
        }
        if (c.onCommandLine(it.key())) {
            *exitCode =
                c.usage(Context::tr("%1 is given both on the command line and on standard input.").arg(it.key()));
            return false;
        }
        c.supply(it.key(), it.value().toString());
    }
    return true;
}

} // namespace certdesk::cli
