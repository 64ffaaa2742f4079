#include "cli.h"

namespace certdesk::cli {

QList<Command> printCommands()
{
    return {};
}

} // namespace certdesk::cli
