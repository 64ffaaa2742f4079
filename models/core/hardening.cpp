#include "core/hardening.h"

#include <QSaveFile>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace certdesk {

void hardenProcess()
{
#ifdef Q_OS_LINUX
    const rlimit none{0, 0};
    (void)setrlimit(RLIMIT_CORE, &none); // lowering a limit cannot fail for lack of privilege
    (void)prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

bool openPrivate(QSaveFile &file)
{
    // QSaveFile writes a temporary file beside the target and renames it: the permissions set here are the
    // temporary's, so the data never sits in a file that others may read, not even for a moment.
    return file.open(QIODevice::WriteOnly) && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace certdesk
