#pragma once

#include <QString>

class QSaveFile;

namespace certdesk {

// Called first thing in every executable's main(): no core dumps (a dump of a desk holds the database key and
// whatever personal data was on screen), and the process is not dumpable (no ptrace attach by other users'
// processes, /proc/<pid>/mem closed). Linux: prctl(PR_SET_DUMPABLE, 0) and RLIMIT_CORE 0; elsewhere a no-op.
void hardenProcess();

// Opens `file` for writing with mode 0600 before a byte is written: every file holding personal data outside
// the encrypted database (exports, PDFs, the recovery code) is readable by its owner only.
bool openPrivate(QSaveFile &file);

} // namespace certdesk
