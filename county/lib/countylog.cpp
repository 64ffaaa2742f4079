#include "countylog.h"

namespace certdesk::county {

Q_LOGGING_CATEGORY(lcCountyHttp, "certdesk.county.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCountyDb, "certdesk.county.db", QtWarningMsg)

} // namespace certdesk::county
