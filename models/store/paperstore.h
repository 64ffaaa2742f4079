#pragma once

#include "core/result.h"
#include "domain/types.h"

#include <QDateTime>
#include <QList>

namespace certdesk {

class Database;

// List data that arrived for the number of a paper registration but names another person: held for the supervisor,
// never merged. Resolved rows stay as history.
struct PaperReview
{
    qint64 id = 0;
    QString formNo;
    QString paperIdNo; // the ID registered (and checked) at the counter
    QString listIdNo;  // the ID the list gives for the same number
    QString listName;
    QString via; // "import" / "pull"
    QDateTime at;
    QDateTime resolvedAt;
    QString resolvedBy;
    QString resolution;
};

// What became of list data for a form number (importer, pull).
enum class LateData
{
    NotPaper, // no paper registration under this number: the usual rules apply
    Linked,   // same person: the registration now carries the list's data
    Flagged,  // another person: a review row was added (or was open already); the form is untouched
};

// A paper registration becomes a form row with source 'paper'; runs inside the caller's transaction.
Status insertPaperForm(Database &db, const Form &form, qint64 clerkId, const QDateTime &at);

// Matches list data (import or pull) against a paper registration of the same number; runs inside the caller's
// transaction. `via` is "import" or "pull".
Result<LateData> reconcilePaperForm(Database &db, const Form &incoming, const QString &via, const QDateTime &at);

Result<QList<PaperReview>> paperReviews(Database &db, bool openOnly);
Result<bool> resolvePaperReview(Database &db, qint64 id, const QString &by, const QString &resolution,
                                const QDateTime &at);

// The paper's fate, per form and cycle. Each stamp is set once; a second call keeps the first time (false).
enum class PaperStamp
{
    Retained,      // retained_at: the 附表1 original taken in (留存)
    Returned,      // returned_at: the stamped 附表2 handed back for mailing
    OverlayPrinted // overlay_printed_at: printed onto the original (套打)
};
Result<bool> stampPaper(Database &db, qint64 formId, int cycle, PaperStamp what, const QDateTime &at);

} // namespace certdesk
