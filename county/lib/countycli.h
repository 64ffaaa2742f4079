#pragma once

// certdesk-county's command line (docs/county.md), on the shared CLI library (models/cli/cli.h): the same exit
// codes, parser, secret reader and date options as certdesk-admin.

#include "cli/cli.h"
#include "cli/secretreader.h"

#include <QStringList>
#include <QTextStream>

namespace certdesk::county {

// Runs one command. `serve` blocks in the event loop of the running QCoreApplication until it quits.
int runCountyCli(const QStringList &arguments, QTextStream &out, QTextStream &err, cli::SecretReader &secrets);

} // namespace certdesk::county
