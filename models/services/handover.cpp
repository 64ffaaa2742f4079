#include "services/handover.h"

#include "services/session.h"
#include "sessionaccess.h"
#include "store/database.h"

#include <QJsonObject>

namespace certdesk {

Result<QList<HandoverLine>> HandoverService::pending()
{
    if (auto s = m_session.require(Permission::Certify); !s)
        return s.error();
    return pendingHandover(SessionAccess::db(m_session));
}

Result<HandoverBatchRecord> HandoverService::create()
{
    if (auto s = m_session.require(Permission::Certify); !s)
        return s.error();
    Database &db = SessionAccess::db(m_session);
    const QDateTime now = m_session.clock().now().toUTC();
    int number = 0;
    {
        Transaction tx(db);
        if (!tx.begun())
            return tx.begun().error();
        auto made = insertHandoverBatch(db, m_session.account().id, now);
        if (!made)
            return made.error();
        number = made.value();
        auto lines = findHandoverBatch(db, number);
        if (!lines)
            return lines.error();
        // Form numbers only: the audit log carries no names.
        if (auto s = m_session.audit().append(
                m_session.account().username, QStringLiteral("handover_created"),
                QJsonObject{{QStringLiteral("batch"), number},
                            {QStringLiteral("forms"), int(lines->has_value() ? lines->value().lines.size() : 0)}},
                now);
            !s)
            return s.error();
        if (auto s = tx.commit(); !s)
            return s.error();
    }
    return batch(number);
}

Result<HandoverBatchRecord> HandoverService::batch(int number)
{
    if (auto s = m_session.require(Permission::Certify); !s)
        return s.error();
    auto found = findHandoverBatch(SessionAccess::db(m_session), number);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::refused(ErrorCode::NoSuchBatch, tr("There is no handover batch %1.").arg(number));
    return found->value();
}

Result<int> HandoverService::last()
{
    if (auto s = m_session.require(Permission::Certify); !s)
        return s.error();
    return lastHandoverBatch(SessionAccess::db(m_session));
}

HandoverPrintData HandoverService::printData(const HandoverBatchRecord &batch) const
{
    HandoverPrintData data;
    data.center = m_session.center();
    data.batch = batch.batch;
    data.createdAt = batch.createdAt.toLocalTime();
    data.createdBy = batch.createdByName.isEmpty() ? batch.createdBy : batch.createdByName;
    for (const HandoverLine &l : batch.lines)
        data.items.append({l.line, l.formNo, l.name, l.date, l.clerkName});
    data.printedBy = m_session.account().fullName;
    data.printedAt = m_session.clock().now().toLocalTime();
    return data;
}

} // namespace certdesk
