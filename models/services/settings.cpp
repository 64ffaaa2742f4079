#include "services/settings.h"

#include "domain/citizenid.h"
#include "services/session.h"
#include "sessionaccess.h"
#include "store/accountstore.h"

#include <QJsonObject>

namespace certdesk {

Status SettingsService::validate(const CenterConfig &c)
{
    if (c.code.trimmed().isEmpty() || c.name.trimmed().isEmpty())
        return Error::invalid(ErrorCode::Center, tr("The center code and name are required."));
    if (!isValidMonthDay(c.windowStart) || !isValidMonthDay(c.windowEnd) || c.windowEnd < c.windowStart)
        return Error::invalid(ErrorCode::Window,
                              tr("The certification window must be MM-DD..MM-DD with the end after the start."));
    if (!c.phone.trimmed().isEmpty())
        if (auto s = validatePhone(c.phone); !s)
            return s;
    if (c.idleLockMinutes < 1 || c.idleLockMinutes > 120)
        return Error::invalid(ErrorCode::IdleLock, tr("The idle lock must be between 1 and 120 minutes."));
    return {};
}

Status SettingsService::saveCenter(const CenterConfig &center)
{
    if (auto s = m_session.require(Permission::Settings); !s)
        return s;
    if (auto s = validate(center); !s)
        return s;
    Transaction tx(SessionAccess::db(m_session));
    if (!tx.begun())
        return tx.begun().error();
    if (auto s = certdesk::saveCenter(SessionAccess::db(m_session), center); !s)
        return s;
    const QJsonObject detail{{QStringLiteral("code"), center.code},
                             {QStringLiteral("policy"), policyKey(center.policy)},
                             {QStringLiteral("window"), center.windowStart + QStringLiteral("..") + center.windowEnd},
                             {QStringLiteral("idle_lock_minutes"), center.idleLockMinutes}};
    if (auto s = m_session.audit().append(m_session.account().username, QStringLiteral("settings"), detail,
                                          m_session.clock().now());
        !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    return m_session.reloadCenter();
}

} // namespace certdesk
