#include "countystore.h"

#include <QCoreApplication>

namespace certdesk::county {

namespace {

// The translation context of this file's messages (lupdate files them under it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(County)
};

} // namespace

using namespace Qt::StringLiterals;

Status recordEnrolment(CountyDb &db, const QString &centerCode, const QString &centerName, const QString &serial,
                       const QDateTime &notAfter, const QDateTime &now)
{
    CountyTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    const QString at = now.toUTC().toString(Qt::ISODateWithMs);
    auto exists = centerExists(db, centerCode);
    if (!exists)
        return exists.error();
    auto r = exists.value() ? db.run(u"UPDATE centers SET name = ? WHERE code = ?"_s, {centerName, centerCode})
                            : db.run(u"INSERT INTO centers(code, name, enrolled_at) VALUES (?, ?, ?)"_s,
                                     {centerCode, centerName, at});
    if (!r)
        return r.error();
    if (auto c = db.run(u"INSERT INTO certificates(serial, center_code, issued_at, not_after) VALUES (?, ?, ?, ?)"_s,
                        {serial, centerCode, at, notAfter.toUTC().toString(Qt::ISODateWithMs)});
        !c)
        return c.error();
    return tx.commit();
}

Result<bool> centerExists(CountyDb &db, const QString &centerCode)
{
    auto q = db.run(u"SELECT 1 FROM centers WHERE code = ?"_s, {centerCode});
    if (!q)
        return q.error();
    return q->next();
}

Result<int> revokeCenter(CountyDb &db, const QString &centerCode, const QDateTime &now)
{
    auto exists = centerExists(db, centerCode);
    if (!exists)
        return exists.error();
    if (!exists.value())
        return Error::refused(ErrorCode::UnknownCenter, Tr::tr("No center %1 is enrolled.").arg(centerCode));
    auto q = db.run(u"UPDATE certificates SET revoked_at = ? WHERE center_code = ? AND revoked_at IS NULL"_s,
                    {now.toUTC().toString(Qt::ISODateWithMs), centerCode});
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Result<CenterIdentity> identityForSerial(CountyDb &db, const QString &serial)
{
    auto q = db.run(u"SELECT c.code, c.name, t.revoked_at FROM certificates t JOIN centers c ON c.code = t.center_code "
                    "WHERE t.serial = ?"_s,
                    {serial});
    if (!q)
        return q.error();
    CenterIdentity id;
    if (q->next()) {
        id.known = true;
        id.code = q->value(0).toString();
        id.name = q->value(1).toString();
        id.revoked = !q->value(2).isNull() && !q->value(2).toString().isEmpty();
    }
    return id;
}

} // namespace certdesk::county
