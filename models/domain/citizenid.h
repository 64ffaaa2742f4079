#pragma once

#include "core/result.h"

#include <QDate>
#include <QString>

namespace certdesk {

// A checked 公民身份号码 (GB 11643-1999).
struct CitizenId
{
    QString id;       // normalised: 18 characters, upper-case X
    QDate birth;      // from digits 7-14
    QChar sex;        // 'M' (17th digit odd) or 'F' (even)
    QString region;   // first six digits (GB/T 2260 administrative division code)
    QString province; // province-level name of region's first two digits, e.g. 北京市
};

// Accepts 18-character numbers (lower-case x normalised) and 15-digit legacy numbers
// (converted: "19" inserted after the region, check digit computed). Surrounding white space is ignored.
// Error codes: "empty", "length", "character", "region", "date" (not a real date, before 1900 or after `today`),
// "check_digit". Messages name the specific problem (e.g. the expected check digit).
Result<CitizenId> parseCitizenId(const QString &input, const QDate &today);

// The MOD 11-2 check character for the first 17 digits (which must be ASCII digits).
QChar citizenIdCheckChar(const QString &first17);

// Two ID numbers denote the same person once both are normalised (15→18, x→X).
bool sameCitizenId(const QString &a, const QString &b, const QDate &today);

// 6-digit postal code.
Status validatePostcode(const QString &postcode);
// 11-digit mobile starting with 1, or a landline with area code (0AA-XXXXXXX(X), 0AAA-XXXXXXX(X),
// with or without the hyphen, optional -extension). Error code "phone".
Status validatePhone(const QString &phone);

} // namespace certdesk
