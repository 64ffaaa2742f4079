#include "logging.h"

namespace certdesk {

Q_LOGGING_CATEGORY(lcStore, "certdesk.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCrypto, "certdesk.crypto", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "certdesk.sync", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDevices, "certdesk.devices", QtWarningMsg)
Q_LOGGING_CATEGORY(lcImport, "certdesk.import", QtWarningMsg)

} // namespace certdesk
