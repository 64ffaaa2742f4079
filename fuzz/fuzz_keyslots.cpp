// libFuzzer: the key-slot file loader (<db>.keys is read before anything is authenticated). Property: it never
// crashes; a file it accepts lists only accounts that have a slot.
#include "crypto/keyslots.h"

#include <cstdlib>

using namespace certdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto keys = KeySlotFile::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                                   QStringLiteral("/nonexistent/fuzz.keys"));
    if (!keys)
        return 0;
    for (const QString &account : keys->accounts())
        if (!keys->hasSlot(account, KeySlotFile::SlotKind::Password) &&
            !keys->hasSlot(account, KeySlotFile::SlotKind::Recovery))
            std::abort();
    return 0;
}
