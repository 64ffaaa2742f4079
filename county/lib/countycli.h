#pragma once

// certdesk-county's command line (docs/county.md). Exit codes as certdesk-admin: 0 done, 1 refused or invalid
// input, 2 usage, 3 authentication (the database refused the credentials).

#include "core/clock.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace certdesk::county {

enum CountyExit
{
    ExitDone = 0,
    ExitRefused = 1,
    ExitUsage = 2,
    ExitAuth = 3
};

// Reads one secret line (stdin line, or a prompt without echo on a terminal); null when none is available.
using SecretSource = std::function<QString(const QString &prompt)>;
SecretSource stdinSecrets(QTextStream &err);

struct CliIo
{
    QTextStream &out;
    QTextStream &err;
    SecretSource secret;
};

// Runs one command. `serve` blocks in the event loop of the running QCoreApplication until it quits.
int runCountyCli(const QStringList &arguments, CliIo &io);

} // namespace certdesk::county
