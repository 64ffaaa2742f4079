#pragma once

// 转送: the center hands its retained 附表1 originals over to the county in numbered batches (移交清单, issue 11 §2;
// 97号 三). A batch lists every original retained since the last one; it is printed, signed, carried to the
// county with the paper and synced (protocol "handovers") so the county can record its receipt.

#include "core/result.h"
#include "domain/printdata.h"
#include "store/handoverstore.h"

#include <QCoreApplication>

namespace certdesk {

class Session;

// Clerks make and print batches (Permission::Certify: they retain the originals).
class HandoverService
{
    Q_DECLARE_TR_FUNCTIONS(HandoverService)

public:
    explicit HandoverService(Session &session) : m_session(session) {}

    // The originals the next batch would list.
    Result<QList<HandoverLine>> pending();
    // Makes the next batch (audit "handover_created"). Nothing retained since the last → Refused
    // "nothing_to_hand_over".
    Result<HandoverBatchRecord> create();
    // An existing batch; unknown → Refused "no_such_batch".
    Result<HandoverBatchRecord> batch(int number);
    // The highest batch number (0: none yet).
    Result<int> last();
    // What printing/ draws for a batch.
    HandoverPrintData printData(const HandoverBatchRecord &batch) const;

private:
    Session &m_session;
};

} // namespace certdesk
