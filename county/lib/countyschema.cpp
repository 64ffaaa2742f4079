#include "countydb.h"

#include <QCoreApplication>
#include <QStringList>

namespace certdesk::county {

namespace {

// The translation context of this file's messages (lupdate files them under it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(County)
};

} // namespace

using namespace Qt::StringLiterals;

namespace {

// Portable SQL; %ID% and %BIGINT% are the only dialect words. Statements are separated by ";\n" because QSQLITE
// runs one statement per exec. Each step runs in one transaction (PostgreSQL DDL is transactional; so is SQLite's).
const char *const kSteps[] = {
    // 1: the county database
    R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE centers(code TEXT PRIMARY KEY, name TEXT NOT NULL, enrolled_at TEXT NOT NULL);
CREATE TABLE certificates(
    serial TEXT PRIMARY KEY, center_code TEXT NOT NULL REFERENCES centers(code),
    issued_at TEXT NOT NULL, not_after TEXT NOT NULL, revoked_at TEXT);
CREATE INDEX certificates_by_center ON certificates(center_code);
CREATE TABLE forms(
    form_no TEXT PRIMARY KEY, center_code TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'withdrawn')),
    id_no TEXT NOT NULL, name TEXT NOT NULL, cycle INTEGER NOT NULL, payload TEXT NOT NULL, imported_at TEXT NOT NULL);
CREATE TABLE deaths(
    id_no TEXT PRIMARY KEY, name TEXT NOT NULL, death_date TEXT NOT NULL, source TEXT NOT NULL,
    center_code TEXT NOT NULL, imported_at TEXT NOT NULL);
CREATE TABLE changes(
    seq %ID%, center_code TEXT NOT NULL, kind TEXT NOT NULL, ref TEXT NOT NULL, payload TEXT NOT NULL);
CREATE INDEX changes_by_center ON changes(center_code, seq);
CREATE INDEX changes_by_ref ON changes(ref, kind);
CREATE TABLE certifications(
    id %ID%, uuid TEXT NOT NULL UNIQUE, center_code TEXT NOT NULL,
    form_no TEXT NOT NULL, cycle INTEGER NOT NULL, id_no TEXT NOT NULL, name TEXT NOT NULL,
    alive INTEGER NOT NULL, method TEXT NOT NULL, clerk TEXT NOT NULL, clerk_name TEXT NOT NULL,
    certified_at TEXT NOT NULL, local_date TEXT NOT NULL,
    new_address TEXT, new_postcode TEXT, new_phone TEXT, remark TEXT NOT NULL,
    supersedes TEXT, correction_reason TEXT, override_by TEXT, override_reason TEXT,
    status TEXT NOT NULL CHECK (status IN ('accepted', 'conflict')), conflict_with TEXT,
    received_at TEXT NOT NULL);
CREATE INDEX certifications_by_form ON certifications(form_no, cycle);
CREATE INDEX certifications_by_date ON certifications(local_date);
CREATE INDEX certifications_by_supersedes ON certifications(supersedes);
CREATE INDEX certifications_by_status ON certifications(status)
)sql",
};

constexpr int kStepCount = int(sizeof(kSteps) / sizeof(kSteps[0]));

QStringList statements(const char *step, bool postgres)
{
    QString sql = QString::fromUtf8(step);
    sql.replace(u"%ID%"_s, postgres ? u"BIGSERIAL PRIMARY KEY"_s : u"INTEGER PRIMARY KEY AUTOINCREMENT"_s);
    sql.replace(u"%BIGINT%"_s, postgres ? u"BIGINT"_s : u"INTEGER"_s);
    QStringList out;
    for (const QString &s : sql.split(u";\n"_s))
        if (!s.trimmed().isEmpty())
            out << s.trimmed();
    return out;
}

} // namespace

int latestCountySchema()
{
    return kStepCount;
}

Result<int> countySchemaVersion(CountyDb &db)
{
    if (!db.db().tables().contains(u"meta"_s))
        return 0;
    auto q = db.run(u"SELECT value FROM meta WHERE key = 'schema_version'"_s);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString().toInt() : 0;
}

Status migrateCounty(CountyDb &db)
{
    auto current = countySchemaVersion(db);
    if (!current)
        return current.error();
    if (current.value() > kStepCount)
        return Error::refused(ErrorCode::SchemaTooNew, Tr::tr("This database was written by a newer "
                                                              "certdesk-county (schema %1; this program knows %2).")
                                                           .arg(current.value())
                                                           .arg(kStepCount));
    for (int version = current.value() + 1; version <= kStepCount; ++version) {
        CountyTransaction tx(db);
        if (!tx.begun())
            return tx.begun();
        for (const QString &sql : statements(kSteps[version - 1], db.isPostgres()))
            if (auto r = db.run(sql); !r)
                return r.error();
        if (auto r = db.run(u"DELETE FROM meta WHERE key = 'schema_version'"_s); !r)
            return r.error();
        if (auto r = db.run(u"INSERT INTO meta(key, value) VALUES ('schema_version', ?)"_s, {QString::number(version)});
            !r)
            return r.error();
        if (auto s = tx.commit(); !s)
            return s;
    }
    return {};
}

} // namespace certdesk::county
