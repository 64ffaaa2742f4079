#pragma once

// One QLoggingCategory per area (docs/architecture.md, "Logging"). Quiet by default: only warnings and worse are
// printed; QT_LOGGING_RULES switches more on, e.g. QT_LOGGING_RULES="certdesk.sync.debug=true".
// Messages never carry personal data (ID numbers, names, addresses, phones): counts, codes, states, durations.

#include <QLoggingCategory>

namespace certdesk {

Q_DECLARE_LOGGING_CATEGORY(lcStore)   // certdesk.store: the encrypted database, migrations
Q_DECLARE_LOGGING_CATEGORY(lcCrypto)  // certdesk.crypto: key slots, attempt counters
Q_DECLARE_LOGGING_CATEGORY(lcSync)    // certdesk.sync: the sync client (push, pull, backoff)
Q_DECLARE_LOGGING_CATEGORY(lcDevices) // certdesk.devices: card readers, scanners
Q_DECLARE_LOGGING_CATEGORY(lcImport)  // certdesk.import: file imports

} // namespace certdesk
