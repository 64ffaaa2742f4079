#include "cli.h"

namespace certdesk::cli {

QList<Command> syncCommands()
{
    return {};
}

} // namespace certdesk::cli
