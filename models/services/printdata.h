#pragma once

#include "core/result.h"
#include "domain/center.h"
#include "domain/certification.h"
#include "domain/printdata.h"
#include "domain/types.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>

#include <optional>

namespace certdesk {

class Session;

// Read-only access to what the printing/ renderers need, plus the electronic seal setting.
// Forms and receipts need Permission::Lookup; the workload report Permission::Workload; the seal
// Permission::Settings to change (anyone signed in may read it, it is drawn on every form).
class PrintDataService
{
    Q_DECLARE_TR_FUNCTIONS(PrintDataService)

public:
    static constexpr qsizetype kMaxSealBytes = 1024 * 1024;

    explicit PrintDataService(Session &session) : m_session(session) {}

    // The certification with this UUID. A superseded record is refused ("superseded"): the correction is
    // what gets printed. Unknown → Refused "no_such_record".
    Result<FormPrintData> byUuid(const QString &uuid);
    // The current record of the form's newest certified cycle. Unknown form → "no_such_form"; a form not
    // (yet) certified → "not_certified".
    Result<FormPrintData> byFormNo(const QString &formNo);
    // All current records certified on `day` (the center's calendar day), in certification order.
    Result<QList<FormPrintData>> day(const QDate &day);
    // Invalid range → Invalid "range".
    Result<WorkloadPrintData> workload(const QDate &from, const QDate &to);

    // The record's form was printed onto its original (套打): paper_handling.overlay_printed_at of the form's cycle,
    // the first print's time; audited ("overlay_printed"). Needs Permission::Lookup, like printing itself.
    Status markOverlayPrinted(const FormPrintData &data);
    // When the form's original was first printed onto in the record's cycle; empty: never.
    Result<std::optional<QDateTime>> overlayPrintedAt(const FormPrintData &data);

    // The electronic seal (PNG bytes), empty when none is configured (forms then leave the area blank
    // for the hand stamp).
    Result<QByteArray> seal();
    // Refused unless PNG with transparency (colour type with alpha, or a tRNS chunk): an opaque image would
    // hide the clerk's name and date. Codes: "seal_not_png", "seal_opaque", "seal_too_large". Audited.
    Status setSeal(const QByteArray &png);
    Status clearSeal(); // audited; no-op success when none is set

    // Checks the bytes as setSeal does, without storing them.
    static Status validateSeal(const QByteArray &png);

private:
    Result<FormPrintData> assemble(const CertificationRecord &record);

    Session &m_session;
};

} // namespace certdesk
