#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace certdesk {

class Session;

// What the database's self-check found (certdesk-admin verify).
struct IntegrityReport
{
    QString integrity; // SQLite's PRAGMA integrity_check: "ok" when the file is sound, else what it found
    Status chain;      // the audit hash chain and every record's seal; checked only when the file is sound
    qint64 auditEntries = 0;
    qint64 records = 0; // certification records that match the seal in their audit entry
    bool ok() const { return integrity == QLatin1String("ok") && chain.ok(); }
};

// The self-check of an unlocked database: the file, the audit chain, the records against their seals. Needs
// Permission::Verify.
class IntegrityService
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityService)

public:
    explicit IntegrityService(Session &session) : m_session(session) {}

    // An Error only when the check could not run (permission, database failure); damage is in the report.
    Result<IntegrityReport> check();

private:
    Session &m_session;
};

} // namespace certdesk
