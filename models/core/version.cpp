#include "version.h"

#include "certdesk_version.h"

#include <cstdio>
#include <cstring>

namespace certdesk {

QString versionString()
{
    return QStringLiteral(CERTDESK_VERSION_FULL);
}

bool printVersionIfAsked(int argc, char **argv, const char *program)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("%s %s\n", program, CERTDESK_VERSION_FULL);
            return true;
        }
    }
    return false;
}

} // namespace certdesk
