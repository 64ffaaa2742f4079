#include "supervisorstore.h"

#include "reportqueries.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace certdesk::county {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(County)
};
} // namespace

using namespace Qt::StringLiterals;

namespace {
QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

bool validSupervisorName(const QString &name)
{
    static const QRegularExpression re(u"^[\\p{L}\\p{N}_.-]{1,64}\\z"_s);
    return re.match(name).hasMatch();
}

Status recordSupervisor(CountyDb &db, const QString &name, const QString &serial, const QDateTime &notAfter,
                        const QDateTime &now)
{
    CountyTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto q = db.run(u"SELECT 1 FROM supervisors WHERE name = ?"_s, {name});
    if (!q)
        return q.error();
    if (!q->next())
        if (auto r = db.run(u"INSERT INTO supervisors(name, enrolled_at) VALUES (?, ?)"_s, {name, iso(now)}); !r)
            return r.error();
    if (auto r = db.run(u"INSERT INTO supervisor_certificates(serial, supervisor, issued_at, not_after) "
                        "VALUES (?, ?, ?, ?)"_s,
                        {serial, name, iso(now), iso(notAfter)});
        !r)
        return r.error();
    return tx.commit();
}

Result<int> revokeSupervisor(CountyDb &db, const QString &name, const QDateTime &now)
{
    auto q = db.run(u"SELECT 1 FROM supervisors WHERE name = ?"_s, {name});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::refused(ErrorCode::UnknownSupervisor, Tr::tr("No supervisor %1 is enrolled.").arg(name));
    auto u = db.run(u"UPDATE supervisor_certificates SET revoked_at = ? WHERE supervisor = ? AND revoked_at IS NULL"_s,
                    {iso(now), name});
    if (!u)
        return u.error();
    return u->numRowsAffected();
}

Result<SupervisorIdentity> supervisorForSerial(CountyDb &db, const QString &serial)
{
    auto q = db.run(u"SELECT supervisor, revoked_at FROM supervisor_certificates WHERE serial = ?"_s, {serial});
    if (!q)
        return q.error();
    SupervisorIdentity id;
    if (q->next()) {
        id.known = true;
        id.name = q->value(0).toString();
        id.revoked = !q->value(1).isNull() && !q->value(1).toString().isEmpty();
    }
    return id;
}

Status recordContact(CountyDb &db, const QString &center, const QDateTime &now, const CenterContact &contact)
{
    // One statement: the columns a center did not report keep their last value.
    auto r = db.run(u"UPDATE centers SET last_contact_at = ?, "
                    "program_version = CASE WHEN COALESCE(?, '') = '' THEN program_version ELSE ? END, "
                    "clock_offset_ms = CASE WHEN ? = 1 THEN ? ELSE clock_offset_ms END, "
                    "waiting = CASE WHEN ? >= 0 THEN ? ELSE waiting END WHERE code = ?"_s,
                    {iso(now), contact.programVersion, contact.programVersion, contact.hasClockOffset ? 1 : 0,
                     contact.clockOffsetMs, contact.waiting, contact.waiting, center});
    if (!r)
        return r.error();
    return {};
}

Status markReviewed(CountyDb &db, const QString &item, const QString &supervisor, const QString &note,
                    const QDateTime &now)
{
    CountyTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto exists = reviewItemExists(db, item);
    if (!exists)
        return exists.error();
    if (!exists.value())
        return Error::refused(ErrorCode::NotFound, Tr::tr("No such review item."));
    auto q = db.run(u"SELECT 1 FROM review_marks WHERE item = ?"_s, {item});
    if (!q)
        return q.error();
    if (q->next())
        return Error::refused(ErrorCode::AlreadyReviewed, Tr::tr("This item was already marked reviewed."));
    if (auto r = db.run(u"INSERT INTO review_marks(item, reviewed_at, reviewed_by, note) VALUES (?, ?, ?, ?)"_s,
                        {item, iso(now), supervisor, note});
        !r)
        return r.error();
    if (auto r = db.run(u"INSERT INTO supervisor_audit(at, supervisor, action, item, note) VALUES (?, ?, ?, ?, ?)"_s,
                        {iso(now), supervisor, u"review"_s, item, note});
        !r)
        return r.error();
    return tx.commit();
}

} // namespace certdesk::county
