#include "sync/joincenter.h"

#include "sync/httptransport.h"
#include "sync/syncsettings.h"

#include <QCoreApplication>

namespace certdesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyncSettings)
};
} // namespace

Result<protocol::HelloResponse> fetchCenterProfile(const JoinRequest &request, const QDateTime &now)
{
    auto credentials = SyncSettings::openBundle(request.serverUrl, request.bundle, request.bundlePassword, now);
    if (!credentials)
        return credentials.error();
    HttpTransport transport(credentials.value());
    auto hello = transport.hello();
    if (!hello)
        return hello.error();
    // The server names the center from the certificate; a mismatch would be a server bug, never trusted.
    if (hello->centerCode != credentials->centerCode())
        return Error::refused(ErrorCode::WrongCenter, Tr::tr("The county answered for another center."));
    return hello;
}

CenterConfig centerFromProfile(const protocol::HelloResponse &hello, CenterConfig base)
{
    base.code = hello.centerCode;
    if (!hello.centerName.isEmpty())
        base.name = hello.centerName;
    const protocol::InstitutionRow &i = hello.institution;
    if (!i.isNull()) {
        base.name = i.name;
        base.address = i.address;
        base.contact = i.contact;
        base.department = i.department;
        base.title = i.title;
        base.phone = i.phone;
    }
    const protocol::CenterSettingsRow &s = hello.settings;
    if (!s.isNull() && policyFromKey(s.cyclePolicy, &base.policy)) {
        base.windowStart = s.windowStart;
        base.windowEnd = s.windowEnd;
        if (s.idleLockMinutes > 0)
            base.idleLockMinutes = s.idleLockMinutes;
    }
    return base;
}

} // namespace certdesk
