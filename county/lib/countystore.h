#pragma once

// County-side data operations other than push (pushprocessor.h) and reports (countyreports.h).

#include "core/result.h"
#include "countydb.h"
#include "domain/types.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace certdesk::county {

// --- centers and their certificates (centerstore.cpp) ---
struct CenterIdentity
{
    QString code;
    QString name;
    bool known = false; // the serial was issued by this county database
    bool revoked = false;
};

Status recordEnrolment(CountyDb &db, const QString &centerCode, const QString &centerName, const QString &serial,
                       const QDateTime &notAfter, const QDateTime &now);
// Revokes every certificate of the center; returns how many were still valid. Unknown center → Refused.
Result<int> revokeCenter(CountyDb &db, const QString &centerCode, const QDateTime &now);
Result<CenterIdentity> identityForSerial(CountyDb &db, const QString &serial);
Result<bool> centerExists(CountyDb &db, const QString &centerCode);

// --- what flows down (feedstore.cpp) ---
inline constexpr char kAllCenters[] = "*";

struct ImportSummary
{
    int rows = 0;
    int added = 0;      // new forms / notices
    int updated = 0;    // a form re-imported with other data
    int reassigned = 0; // a form now listed under another center (every center still holds it)
    int unchanged = 0;  // identical to what is stored (forms) or already present (deaths)
};

Result<ImportSummary> importForms(CountyDb &db, const QString &centerCode, const QList<Form> &forms,
                                  const QDateTime &now);
// Withdraws the forms from the centers they are assigned to; unknown form numbers are counted as unchanged.
Result<ImportSummary> withdrawForms(CountyDb &db, const QStringList &formNos, const QDateTime &now);
// centerCode empty → county-wide (every center pulls the notices).
Result<ImportSummary> importDeaths(CountyDb &db, const QString &centerCode, const QList<DeathNotice> &deaths,
                                   const QDateTime &now);

// The stored payload of a "certified elsewhere" withdrawal (protocol::CertifiedNotice), logged under kind "certified".
QByteArray certifiedPayload(const QString &formNo, const QString &center, const QString &centerName, int cycle,
                            const QDate &date);

// The pull page as the complete response body (built from the stored change payloads without re-encoding).
// desk_record changes only for a client that asked for them ("desk_records": an older client cannot decode them).
Result<QByteArray> pullPage(CountyDb &db, const QString &centerCode, qint64 cursor, int limit,
                            bool deskRecords = false);

} // namespace certdesk::county
