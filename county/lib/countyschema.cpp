#include "countydb.h"
#include "tallies.h"

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

// Portable SQL; %ID%, %BIGINT% and %INSTR% are the only dialect words. Statements are separated by ";\n" because
// QSQLITE runs one statement per exec. Each step runs in one transaction (PostgreSQL DDL is transactional; so is
// SQLite's).
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
    // 2: county-wide service (97号 三: any recognised center of the county serves any pensioner of it). The list's
    // forms, withdrawals and "certified elsewhere" notices go to every center ('*'); per-center withdrawals of the
    // schema-1 log stay for centers that have not pulled them yet. Pushed records keep where they came from
    // (source, variant: 附表1/附表2) and paper records of forms the county does not hold wait for review.
    // id_mismatches rate-limits the ID check per center (pushprocessor.cpp).
    R"sql(
ALTER TABLE forms ADD COLUMN variant TEXT NOT NULL DEFAULT 'online';
UPDATE forms SET variant = 'mail' WHERE payload LIKE '%"variant":"mail"%';
ALTER TABLE certifications ADD COLUMN source TEXT NOT NULL DEFAULT 'list';
ALTER TABLE certifications ADD COLUMN variant TEXT NOT NULL DEFAULT 'online';
ALTER TABLE certifications ADD COLUMN review TEXT;
ALTER TABLE certifications ADD COLUMN agency TEXT;
ALTER TABLE certifications ADD COLUMN due_date TEXT;
CREATE INDEX certifications_by_review ON certifications(review);
CREATE TABLE id_mismatches(id %ID%, center_code TEXT NOT NULL, at TEXT NOT NULL);
CREATE INDEX id_mismatches_by_center ON id_mismatches(center_code, at);
INSERT INTO changes(center_code, kind, ref, payload)
    SELECT '*', 'form', form_no, payload FROM forms WHERE status = 'pending' ORDER BY form_no;
INSERT INTO changes(center_code, kind, ref, payload)
    SELECT '*', 'withdrawal', form_no, '{"form_no":"' || REPLACE(REPLACE(form_no, '\', '\\'), '"', '\"') || '","kind":"withdrawal"}' FROM forms
    WHERE status = 'withdrawn' ORDER BY form_no;
DELETE FROM changes WHERE kind = 'form' AND center_code <> '*'
)sql",
    // 3: what centers report with their pulls (protocol PullRequest): real refusals per day × clerk × code
    // (工作量统计),
    // their 附件2 institution row, and handover batches (转送) of retained 附表1 originals with the county's receipt.
    R"sql(
ALTER TABLE centers ADD COLUMN institution_name TEXT NOT NULL DEFAULT '';
ALTER TABLE centers ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE centers ADD COLUMN contact TEXT NOT NULL DEFAULT '';
ALTER TABLE centers ADD COLUMN department TEXT NOT NULL DEFAULT '';
ALTER TABLE centers ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE centers ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE centers ADD COLUMN reported_at TEXT;
CREATE TABLE refusal_tallies(
    center_code TEXT NOT NULL, local_date TEXT NOT NULL, clerk TEXT NOT NULL, clerk_name TEXT NOT NULL,
    code TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (center_code, local_date, clerk, code));
CREATE TABLE handover_batches(
    center_code TEXT NOT NULL, batch INTEGER NOT NULL, created_at TEXT NOT NULL, created_by TEXT NOT NULL,
    forms INTEGER NOT NULL, synced_at TEXT NOT NULL, received_at TEXT, PRIMARY KEY (center_code, batch));
CREATE TABLE handover_forms(
    center_code TEXT NOT NULL, batch INTEGER NOT NULL, form_no TEXT NOT NULL, name TEXT NOT NULL,
    local_date TEXT NOT NULL, clerk_name TEXT NOT NULL, missing INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (center_code, batch, form_no));
CREATE INDEX handover_forms_by_form ON handover_forms(form_no)
)sql",
    // 5 (safekeeping): escrow recoveries, who reopened which center's key file and when (certdesk-county escrow
    // log; written before the key file changes).
    R"sql(
CREATE TABLE escrow_recoveries(
    id %ID%, center_code TEXT NOT NULL, account TEXT NOT NULL, key_id TEXT NOT NULL, recovered_at TEXT NOT NULL,
    operator TEXT NOT NULL)
)sql",
    // After the escrow step: the supervisors' console (docs/county-reports.md): supervisor certificates
    // (OU=certdesk-supervisor) apart from the centers', what a center reports of itself at each contact (program
    // version, clock offset, records waiting), review marks with their audit trail, and the indexes the report
    // queries group by.
    R"sql(
ALTER TABLE forms ADD COLUMN due_date TEXT NOT NULL DEFAULT '';
UPDATE forms SET due_date = substr(payload, %INSTR%(payload, '"due_date":"') + 12, 10)
    WHERE payload LIKE '%"due_date":"%';
ALTER TABLE centers ADD COLUMN last_contact_at TEXT;
ALTER TABLE centers ADD COLUMN program_version TEXT NOT NULL DEFAULT '';
ALTER TABLE centers ADD COLUMN clock_offset_ms %BIGINT%;
ALTER TABLE centers ADD COLUMN waiting INTEGER;
CREATE TABLE supervisors(name TEXT PRIMARY KEY, enrolled_at TEXT NOT NULL);
CREATE TABLE supervisor_certificates(
    serial TEXT PRIMARY KEY, supervisor TEXT NOT NULL REFERENCES supervisors(name),
    issued_at TEXT NOT NULL, not_after TEXT NOT NULL, revoked_at TEXT);
CREATE TABLE review_marks(item TEXT PRIMARY KEY, reviewed_at TEXT NOT NULL, reviewed_by TEXT NOT NULL,
    note TEXT NOT NULL);
CREATE TABLE supervisor_audit(id %ID%, at TEXT NOT NULL, supervisor TEXT NOT NULL, action TEXT NOT NULL,
    item TEXT NOT NULL, note TEXT NOT NULL);
CREATE INDEX forms_by_center ON forms(center_code, cycle, status);
CREATE INDEX forms_by_cycle_due ON forms(cycle, status, due_date);
CREATE INDEX certifications_by_center_received ON certifications(center_code, received_at);
CREATE INDEX certifications_by_received ON certifications(received_at);
CREATE INDEX certifications_by_cycle_form ON certifications(cycle, status, form_no);
CREATE INDEX certifications_by_center_date ON certifications(center_code, local_date);
CREATE INDEX certifications_by_override ON certifications(override_by)
)sql",
    // next (desks): a center with several counters: each desk pushes under the center's code and names itself
    // (certifications.desk); every record is logged once more for the center's desks ('desk_record' changes); the
    // rules the desks must share (policy, window, idle lock) are kept so a joining desk takes them from the county.
    R"sql(
ALTER TABLE certifications ADD COLUMN desk TEXT NOT NULL DEFAULT '';
ALTER TABLE centers ADD COLUMN cycle_policy TEXT NOT NULL DEFAULT '';
ALTER TABLE centers ADD COLUMN window_start TEXT NOT NULL DEFAULT '';
ALTER TABLE centers ADD COLUMN window_end TEXT NOT NULL DEFAULT '';
ALTER TABLE centers ADD COLUMN idle_lock_minutes INTEGER NOT NULL DEFAULT 0
)sql",
    // tallies: the supervisors' reports read running tallies kept by every write (tallies.h) instead of grouping a
    // million rows per request; each form keeps its standing record's result and first day (forms_open serves the
    // "not yet certified" list in due-date order). %REBUILD_TALLIES% fills them from the existing rows (C++), before
    // forms_open is built (one sort instead of an index entry per updated form).
    R"sql(
ALTER TABLE forms ADD COLUMN standing INTEGER NOT NULL DEFAULT 0;
ALTER TABLE forms ADD COLUMN standing_day TEXT NOT NULL DEFAULT '';
CREATE TABLE progress_tallies(center_code TEXT NOT NULL, cycle INTEGER NOT NULL, forms %BIGINT% NOT NULL,
    withdrawn %BIGINT% NOT NULL, alive %BIGINT% NOT NULL, deceased %BIGINT% NOT NULL, PRIMARY KEY (center_code, cycle));
CREATE TABLE progress_days(center_code TEXT NOT NULL, cycle INTEGER NOT NULL, day TEXT NOT NULL,
    certified %BIGINT% NOT NULL, PRIMARY KEY (center_code, cycle, day));
CREATE TABLE workload_tallies(basis TEXT NOT NULL CHECK (basis IN ('w', 'a')), day TEXT NOT NULL,
    center_code TEXT NOT NULL, clerk TEXT NOT NULL, clerk_name TEXT NOT NULL, online_alive %BIGINT% NOT NULL,
    online_deceased %BIGINT% NOT NULL, mail_alive %BIGINT% NOT NULL, mail_deceased %BIGINT% NOT NULL,
    info_changes %BIGINT% NOT NULL, corrections %BIGINT% NOT NULL, PRIMARY KEY (basis, day, center_code, clerk));
CREATE INDEX workload_tallies_by_center ON workload_tallies(center_code, basis, day);
%REBUILD_TALLIES%;
CREATE INDEX forms_open ON forms(center_code, cycle, status, standing, due_date, form_no)
)sql",
    // 8 (safekeeping): the audit head of each desk certificate (auditheads.cpp; docs/sync-protocol.md, "Audit
    // head") and what happened to it: refusals (a rewritten chain shows here) and operator resets.
    R"sql(
CREATE TABLE audit_heads(
    serial TEXT PRIMARY KEY, center_code TEXT NOT NULL, seq %BIGINT% NOT NULL, hash TEXT NOT NULL,
    accepted_at TEXT NOT NULL);
CREATE INDEX audit_heads_by_center ON audit_heads(center_code);
CREATE TABLE audit_head_events(
    id %ID%, serial TEXT NOT NULL, center_code TEXT NOT NULL, event TEXT NOT NULL, county_seq %BIGINT%,
    claimed_seq %BIGINT%, at TEXT NOT NULL);
CREATE INDEX audit_head_events_by_serial ON audit_head_events(serial)
)sql",
    // 9 (safekeeping): at most one standing record per form and cycle, enforced by the database, so two server
    // processes on one PostgreSQL database cannot both accept an original (pushprocessor.cpp retries the push on a
    // violation, and then finds the other's record). Originals that already stand twice (a race before this step)
    // keep the first (lowest id) standing; the later become conflicts with it.
    R"sql(
UPDATE certifications SET status = 'conflict', conflict_with = (SELECT s.uuid FROM certifications s
    WHERE s.form_no = certifications.form_no AND s.cycle = certifications.cycle AND s.supersedes IS NULL
    AND s.status = 'accepted' AND (s.review IS NULL OR s.review <> 'mismatch') ORDER BY s.id LIMIT 1)
    WHERE supersedes IS NULL AND status = 'accepted' AND (review IS NULL OR review <> 'mismatch')
    AND id > (SELECT MIN(s.id) FROM certifications s WHERE s.form_no = certifications.form_no
    AND s.cycle = certifications.cycle AND s.supersedes IS NULL AND s.status = 'accepted'
    AND (s.review IS NULL OR s.review <> 'mismatch'));
CREATE UNIQUE INDEX certifications_standing ON certifications(form_no, cycle)
    WHERE supersedes IS NULL AND status = 'accepted' AND (review IS NULL OR review <> 'mismatch')
)sql",
};

constexpr int kStepCount = int(sizeof(kSteps) / sizeof(kSteps[0]));

QStringList statements(const char *step, bool postgres)
{
    QString sql = QString::fromUtf8(step);
    sql.replace(u"%ID%"_s, postgres ? u"BIGSERIAL PRIMARY KEY"_s : u"INTEGER PRIMARY KEY AUTOINCREMENT"_s);
    sql.replace(u"%BIGINT%"_s, postgres ? u"BIGINT"_s : u"INTEGER"_s);
    sql.replace(u"%INSTR%"_s, postgres ? u"strpos"_s : u"instr"_s);
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
        for (const QString &sql : statements(kSteps[version - 1], db.isPostgres())) {
            if (sql == u"%REBUILD_TALLIES%"_s) {
                if (auto s = rebuildTallies(db); !s)
                    return s;
            } else if (auto r = db.run(sql); !r) {
                return r.error();
            }
        }
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
