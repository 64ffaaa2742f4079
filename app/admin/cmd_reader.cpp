#include "cli.h"

namespace certdesk::cli {

QList<Command> readerCommands()
{
    return {};
}

} // namespace certdesk::cli
