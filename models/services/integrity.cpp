#include "services/integrity.h"

#include "services/session.h"
#include "sessionaccess.h"
#include "store/recordseal.h"

namespace certdesk {

Result<IntegrityReport> IntegrityService::check()
{
    if (auto s = m_session.require(Permission::Verify); !s)
        return s.error();
    IntegrityReport report;
    auto q = SessionAccess::db(m_session).prepare("PRAGMA integrity_check");
    if (!q)
        return q.error();
    auto row = q->step();
    report.integrity = !row ? row.error().message : row.value() ? q->text(0) : QStringLiteral("no answer");
    if (report.integrity != QLatin1String("ok"))
        return report;
    auto entries = m_session.audit().verify();
    if (!entries) {
        report.chain = entries.error();
        return report;
    }
    report.auditEntries = entries.value();
    auto records = verifyCertificationSeals(SessionAccess::db(m_session));
    if (!records) {
        report.chain = records.error();
        return report;
    }
    report.records = records.value();
    return report;
}

} // namespace certdesk
