#pragma once

// The raw store behind a Session, for the services of certdesk_models (and white-box tests and benchmarks that
// link certdesk_models_internal). ui/ and app/ go through the services: only they check permissions and write
// the audit entries. This directory is on certdesk_models' PRIVATE include path, and the guard below turns an
// include by relative path ("internal/sessionaccess.h" from models/, which is public) into a compile error too.
#ifndef CERTDESK_MODELS_INTERNAL
#error "sessionaccess.h is internal to certdesk_models: use the services (models/services/) instead"
#endif

#include "crypto/keyslots.h"
#include "services/session.h"
#include "store/database.h"

#include <QByteArray>

namespace certdesk {

struct SessionAccess
{
    static Database &db(Session &session) { return *session.m_db; }
    static KeySlotFile &keys(Session &session) { return session.m_keys; }
    static const QByteArray &dbKey(const Session &session) { return session.m_dbKey; }
};

} // namespace certdesk
