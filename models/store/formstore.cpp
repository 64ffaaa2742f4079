#include "store/formstore.h"

#include "store/database.h"

#include <algorithm>

namespace certdesk {

namespace {

// One statement per lookup: the form, its person's death notice and its current certification.
#define FORM_SELECT                                                                                                    \
    "SELECT f.id, f.form_no, f.check_code, f.variant, f.name, f.sex, f.birth, f.id_no, f.person_no, f.address, "       \
    "f.postcode, f.phone, f.insured_agency, f.due_date, f.cycle, f.reply_unit, f.reply_address, f.reply_postcode, "    \
    "f.reply_phone, f.status, d.name, d.death_date, d.source, "                                                        \
    "(SELECT c.uuid FROM certifications c WHERE c.form_id = f.id AND c.cycle = f.cycle AND NOT EXISTS "                \
    "(SELECT 1 FROM certifications s WHERE s.supersedes = c.uuid) ORDER BY c.id DESC LIMIT 1), f.source, f.linked_at " \
    "FROM forms f LEFT JOIN deaths d ON d.id_no = f.id_no "

StoredForm readForm(const Statement &q)
{
    StoredForm s;
    s.id = q.int64(0);
    Form &f = s.form;
    f.formNo = q.text(1);
    f.checkCode = q.text(2);
    variantFromText(q.text(3), &f.variant);
    f.person.name = q.text(4);
    f.person.sex = q.text(5).isEmpty() ? QChar() : q.text(5).at(0);
    f.person.birth = q.text(6);
    f.person.idNo = q.text(7);
    f.person.personNo = q.text(8);
    f.person.address = q.text(9);
    f.person.postcode = q.text(10);
    f.person.phone = q.text(11);
    f.insuredAgency = q.text(12);
    f.dueDate = QDate::fromString(q.text(13), Qt::ISODate);
    f.cycle = int(q.int64(14));
    f.reply = {q.text(15), q.text(16), q.text(17), q.text(18)};
    s.withdrawn = q.text(19) == QLatin1String("withdrawn");
    if (!q.isNull(21))
        s.death = DeathNotice{f.person.idNo, q.text(20), QDate::fromString(q.text(21), Qt::ISODate), q.text(22)};
    s.currentUuid = q.text(23);
    s.paper = q.text(24) == QLatin1String("paper");
    if (!q.isNull(25))
        s.linkedAt = QDateTime::fromString(q.text(25), Qt::ISODateWithMs);
    return s;
}

} // namespace

Result<std::optional<StoredForm>> findFormByNo(Database &db, const QString &formNo)
{
    auto q = db.cached(FORM_SELECT "WHERE f.form_no = ?");
    if (!q)
        return q.error();
    q.value()->bind(1, formNo);
    return fetchOne<StoredForm>(*q.value(), readForm);
}

Result<QList<StoredForm>> findFormsByIdNo(Database &db, const QString &idNo)
{
    // Sorted here rather than in SQL: a person has one or two forms, and an ORDER BY that the id_no index
    // cannot serve costs a temporary B-tree on every scan of an ID card.
    auto q = db.cached(FORM_SELECT "WHERE f.id_no = ?");
    if (!q)
        return q.error();
    q.value()->bind(1, idNo);
    auto forms = fetchAll<StoredForm>(*q.value(), readForm);
    if (!forms)
        return forms;
    std::sort(forms->begin(), forms->end(), [](const StoredForm &a, const StoredForm &b) {
        return a.form.cycle != b.form.cycle ? a.form.cycle > b.form.cycle : a.form.formNo < b.form.formNo;
    });
    return forms;
}

Result<std::optional<DeathNotice>> findDeathNotice(Database &db, const QString &idNo)
{
    auto q = db.cached("SELECT id_no, name, death_date, source FROM deaths WHERE id_no = ?");
    if (!q)
        return q.error();
    q.value()->bind(1, idNo);
    return fetchOne<DeathNotice>(*q.value(), [](const Statement &s) {
        return DeathNotice{s.text(0), s.text(1), QDate::fromString(s.text(2), Qt::ISODate), s.text(3)};
    });
}

Status insertForm(Database &db, const Form &f, qint64 importId)
{
    auto q = db.cached("INSERT INTO forms(form_no, check_code, variant, name, sex, birth, id_no, person_no, address, "
                       "postcode, phone, insured_agency, due_date, cycle, reply_unit, reply_address, reply_postcode, "
                       "reply_phone, import_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!q)
        return q.error();
    const Person &p = f.person;
    // QString() would bind NULL; the columns are NOT NULL, so empty optional fields go in as ''.
    auto v = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
    q.value()->bindAll(f.formNo, v(f.checkCode), variantKey(f.variant), p.name, QString(p.sex), p.birth, p.idNo,
                       v(p.personNo), v(p.address), v(p.postcode), v(p.phone), v(f.insuredAgency),
                       f.dueDate.toString(Qt::ISODate), f.cycle, v(f.reply.unit), v(f.reply.address),
                       v(f.reply.postcode), v(f.reply.phone), importId);
    if (importId == 0)
        q.value()->bindNull(19); // a paper registration (paperstore) belongs to no import
    return q.value()->run();
}

Status insertDeathNotice(Database &db, const DeathNotice &d, qint64 importId)
{
    auto q = db.cached("INSERT INTO deaths(id_no, name, death_date, source, import_id) VALUES (?,?,?,?,?)");
    if (!q)
        return q.error();
    return q.value()
        ->bindAll(d.idNo, d.name, d.deathDate.toString(Qt::ISODate), d.source.isNull() ? QStringLiteral("") : d.source,
                  importId)
        .run();
}

} // namespace certdesk
