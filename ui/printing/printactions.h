#pragma once

#include "core/result.h"
#include "uicontext.h"

#include <QDate>
#include <QString>

#include <optional>

class QWidget;

namespace certdesk {

class Session;

// The documents the screens print, each through the context's PrintDriver. The data comes from
// PrintDataService (permissions, superseded records and the seal are its business).
namespace printactions {

enum class Document
{
    Form,    // 附表1 / 附表2, the whole form, stamped
    Receipt, // 已完成资格认证回执
    Overlay, // 套打: only the agency's entries, onto the pensioner's original, at this printer's calibration
    Reissue  // the whole form for a lost original, marked 补发 with `reprintDate`
};

// `reprintDate` set: the page is marked 补打 (补发 for Reissue) with that date; an overlay is never marked.
// A printed overlay is recorded (PrintDataService::markOverlayPrinted).
Status printRecord(UiContext &context, QWidget *parent, Session &session, const QString &recordUuid, Document document,
                   std::optional<QDate> reprintDate);

// The overlay calibration sheet, at the offset of the printer chosen in the dialog (0 for a PDF).
Status printCalibrationSheet(UiContext &context, QWidget *parent);

// 工作量统计 for the range (supervisors and admins).
Status printWorkload(UiContext &context, QWidget *parent, Session &session, const QDate &from, const QDate &to);
// 附件2, from the center's saved settings.
Status printInstitutionSheet(UiContext &context, QWidget *parent, Session &session);

// The first-run recovery sheet: printed straight from memory, never written to a file by the program.
Status printRecoverySheet(UiContext &context, QWidget *parent, const QString &account, const QString &code,
                          const QDateTime &created);

// "cancelled" is the clerk's own choice, not a failure worth a message.
inline bool wasCancelled(const Status &s)
{
    return !s && s.error().code == ErrorCode::Cancelled;
}

Error noPrinter();

} // namespace printactions

} // namespace certdesk
