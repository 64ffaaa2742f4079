#pragma once

#include "core/result.h"
#include "domain/center.h"

#include <QCoreApplication>

namespace certdesk {

class Session;

// The center's details (附件2 fields), cycle policy and window, idle-lock minutes. Admins only; audited.
class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(SettingsService)

public:
    explicit SettingsService(Session &session) : m_session(session) {}

    static Status validate(const CenterConfig &center);
    Status saveCenter(const CenterConfig &center);

private:
    Session &m_session;
};

} // namespace certdesk
