#include "store/schema.h"

#include "core/logging.h"
#include "store/database.h"

#include <QCoreApplication>

#include <algorithm>

namespace certdesk {

namespace {

// The translation context of this file's messages (lupdate files them under it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Schema)
};

} // namespace

namespace {

// Written for SQLite 3.15 (Debian 12's SQLCipher 3.4.1): no UPSERT, window functions, RETURNING, JSON1.
// Append-only tables are guarded by triggers so that even a bug cannot rewrite history.
const char *const kSteps[] = {
    // 1: the counter database
    R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE center(
    id INTEGER PRIMARY KEY CHECK (id = 1),
    code TEXT NOT NULL, name TEXT NOT NULL,
    cycle_policy TEXT NOT NULL CHECK (cycle_policy IN ('fixed', 'rolling')),
    window_start TEXT NOT NULL, window_end TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '', contact TEXT NOT NULL DEFAULT '', department TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '',
    idle_lock_minutes INTEGER NOT NULL DEFAULT 5);
CREATE TABLE accounts(
    id INTEGER PRIMARY KEY, username TEXT NOT NULL UNIQUE, full_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor', 'admin')),
    active INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL, disabled_at TEXT);
CREATE TABLE imports(
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, file_name TEXT NOT NULL, sha256 TEXT NOT NULL,
    rows INTEGER NOT NULL, added INTEGER NOT NULL, at TEXT NOT NULL, actor TEXT NOT NULL);
CREATE TABLE forms(
    id INTEGER PRIMARY KEY, form_no TEXT NOT NULL UNIQUE, check_code TEXT NOT NULL,
    variant TEXT NOT NULL CHECK (variant IN ('online', 'mail')),
    name TEXT NOT NULL, sex TEXT NOT NULL, birth TEXT NOT NULL, id_no TEXT NOT NULL, person_no TEXT NOT NULL,
    address TEXT NOT NULL, postcode TEXT NOT NULL, phone TEXT NOT NULL, insured_agency TEXT NOT NULL,
    due_date TEXT NOT NULL, cycle INTEGER NOT NULL,
    reply_unit TEXT NOT NULL, reply_address TEXT NOT NULL, reply_postcode TEXT NOT NULL, reply_phone TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'withdrawn')),
    import_id INTEGER REFERENCES imports(id));
CREATE INDEX forms_by_id_no ON forms(id_no);
CREATE TABLE deaths(
    id INTEGER PRIMARY KEY, id_no TEXT NOT NULL UNIQUE, name TEXT NOT NULL, death_date TEXT NOT NULL,
    source TEXT NOT NULL, import_id INTEGER REFERENCES imports(id));
CREATE TABLE certifications(
    id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
    form_id INTEGER NOT NULL REFERENCES forms(id), cycle INTEGER NOT NULL,
    alive INTEGER NOT NULL CHECK (alive IN (0, 1)),
    method TEXT NOT NULL CHECK (method IN ('idcard', 'sscard', 'manual')),
    clerk_id INTEGER NOT NULL REFERENCES accounts(id), center_code TEXT NOT NULL,
    certified_at TEXT NOT NULL, local_date TEXT NOT NULL,
    new_address TEXT, new_postcode TEXT, new_phone TEXT, remark TEXT NOT NULL DEFAULT '',
    supersedes TEXT REFERENCES certifications(uuid), correction_reason TEXT,
    override_by INTEGER REFERENCES accounts(id), override_reason TEXT);
CREATE UNIQUE INDEX certifications_once ON certifications(form_id, cycle) WHERE supersedes IS NULL;
CREATE UNIQUE INDEX certifications_superseded_once ON certifications(supersedes) WHERE supersedes IS NOT NULL;
CREATE INDEX certifications_by_date ON certifications(local_date);
CREATE TRIGGER certifications_no_update BEFORE UPDATE ON certifications
    BEGIN SELECT RAISE(ABORT, 'certifications are append-only'); END;
CREATE TRIGGER certifications_no_delete BEFORE DELETE ON certifications
    BEGIN SELECT RAISE(ABORT, 'certifications are append-only'); END;
CREATE TABLE outbox(
    uuid TEXT PRIMARY KEY REFERENCES certifications(uuid),
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'acked', 'conflict', 'rejected')),
    attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, updated_at TEXT NOT NULL);
CREATE TABLE refusals(
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, local_date TEXT NOT NULL,
    clerk_id INTEGER NOT NULL REFERENCES accounts(id), code TEXT NOT NULL);
CREATE INDEX refusals_by_date ON refusals(local_date);
CREATE TABLE audit(
    seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
    detail TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
)sql",
    // 2: the current record of a form's chain is looked up on every scan at the counter; the partial unique
    // index of step 1 only covers original records, so without this every lookup scanned all certifications.
    R"sql(
CREATE INDEX certifications_by_form ON certifications(form_id, cycle);
)sql",
    // 3: county sync. The outbox gains a quarantine flag (a record that keeps failing is set aside, never
    // blocking the queue) and the county's answer to a conflict; the sync settings hold the center's client
    // certificate, key and the pinned county CA inside the encrypted database; sync_state keeps the pull
    // cursor and the last successful sync.
    R"sql(
ALTER TABLE outbox ADD COLUMN quarantined INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN conflict_with TEXT;
CREATE INDEX outbox_by_state ON outbox(state, quarantined);
CREATE TABLE sync_config(
    id INTEGER PRIMARY KEY CHECK (id = 1), server_url TEXT NOT NULL,
    cert_pem TEXT NOT NULL, key_pem TEXT NOT NULL, ca_pem TEXT NOT NULL,
    configured_at TEXT NOT NULL, configured_by TEXT NOT NULL);
CREATE TABLE sync_state(key TEXT PRIMARY KEY, value TEXT NOT NULL);
)sql",
    // 4: the paper flow (issue 10 §1, §3; issue 11 §1). A form may be registered at the counter from the pensioner's
    // paper original (source 'paper'); list data arriving later for the same number is linked (same person) or held
    // for the supervisor's review (paper_reviews). A certification stores the identity actually presented (sealed
    // with the row) and where its form came from. What happened to the paper itself (kept by the center for 附表1,
    // handed back for mailing for 附表2, printed onto by 套打) is per form and cycle in paper_handling, which is not
    // part of the seal: it is set after the record.
    R"sql(
ALTER TABLE forms ADD COLUMN source TEXT NOT NULL DEFAULT 'list' CHECK (source IN ('list', 'paper'));
ALTER TABLE forms ADD COLUMN registered_at TEXT;
ALTER TABLE forms ADD COLUMN registered_by INTEGER REFERENCES accounts(id);
ALTER TABLE forms ADD COLUMN linked_at TEXT;
ALTER TABLE certifications ADD COLUMN source TEXT NOT NULL DEFAULT 'list' CHECK (source IN ('list', 'paper'));
ALTER TABLE certifications ADD COLUMN presented_id TEXT;
ALTER TABLE certifications ADD COLUMN presented_name TEXT;
CREATE TABLE paper_handling(
    form_id INTEGER NOT NULL REFERENCES forms(id), cycle INTEGER NOT NULL,
    retained_at TEXT, returned_at TEXT, overlay_printed_at TEXT,
    PRIMARY KEY (form_id, cycle));
CREATE TABLE paper_reviews(
    id INTEGER PRIMARY KEY, form_no TEXT NOT NULL, paper_id_no TEXT NOT NULL, list_id_no TEXT NOT NULL,
    list_name TEXT NOT NULL, via TEXT NOT NULL CHECK (via IN ('import', 'pull')), at TEXT NOT NULL,
    resolved_at TEXT, resolved_by TEXT, resolution TEXT);
CREATE INDEX paper_reviews_open ON paper_reviews(resolved_at, form_no);
)sql",
    // 5: county-wide service. A form certified at another center of the county arrives as a "certified elsewhere"
    // notice (sync-protocol.md); the form stays, and the counter refuses to certify it again for that cycle.
    R"sql(
CREATE TABLE certified_elsewhere(
    form_no TEXT NOT NULL, cycle INTEGER NOT NULL, center_code TEXT NOT NULL, center_name TEXT NOT NULL,
    local_date TEXT NOT NULL, noted_at TEXT NOT NULL, PRIMARY KEY (form_no, cycle));
)sql",
    // 6: handover of retained 附表1 originals to the county (转送, 移交清单; issue 11 §2). A batch lists every original
    // retained since the last batch, numbered; the lines are a copy of what was printed (form number, name checked,
    // original date, 经办人), so a later correction or re-imported form does not change a list already signed.
    // synced_at: the county acknowledged the batch with a successful pull (sync-protocol.md, "handovers").
    R"sql(
CREATE TABLE handover_batches(
    batch INTEGER PRIMARY KEY CHECK (batch > 0), created_at TEXT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES accounts(id), synced_at TEXT);
CREATE TABLE handover_items(
    batch INTEGER NOT NULL REFERENCES handover_batches(batch), line INTEGER NOT NULL,
    form_id INTEGER NOT NULL REFERENCES forms(id), cycle INTEGER NOT NULL, form_no TEXT NOT NULL,
    name TEXT NOT NULL, local_date TEXT NOT NULL, clerk_name TEXT NOT NULL,
    PRIMARY KEY (batch, line), UNIQUE (form_id, cycle));
CREATE INDEX handover_batches_unsynced ON handover_batches(synced_at);
)sql",
    // 7: a center with several counters (desks). The records the center's other desks made arrive with the pull
    // (desk_record changes); they are kept apart from this desk's own sealed, pushed certifications: the counter
    // refuses a second certification of the form, and the workload counts them marked by desk.
    R"sql(
CREATE TABLE desk_records(
    uuid TEXT PRIMARY KEY, form_no TEXT NOT NULL, cycle INTEGER NOT NULL, desk TEXT NOT NULL,
    clerk TEXT NOT NULL, clerk_name TEXT NOT NULL, local_date TEXT NOT NULL,
    alive INTEGER NOT NULL CHECK (alive IN (0, 1)), changed INTEGER NOT NULL CHECK (changed IN (0, 1)),
    variant TEXT NOT NULL, supersedes TEXT, status TEXT NOT NULL, noted_at TEXT NOT NULL);
CREATE INDEX desk_records_by_form ON desk_records(form_no, cycle);
CREATE INDEX desk_records_by_date ON desk_records(local_date);
)sql",
    // 8: a password the admin set for someone (a forgotten one) must be changed by its owner at the next sign-in.
    R"sql(
ALTER TABLE accounts ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
)sql",
};

constexpr int kStepCount = int(sizeof(kSteps) / sizeof(kSteps[0]));

} // namespace

int latestSchemaVersion()
{
    return kStepCount;
}

Result<int> schemaVersion(Database &db)
{
    auto probe = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'");
    if (!probe)
        return probe.error();
    if (auto r = probe->step(); !r)
        return r.error();
    if (probe->int64(0) == 0)
        return 0;
    auto q = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'");
    if (!q)
        return q.error();
    auto row = q->step();
    if (!row)
        return row.error();
    return row.value() ? q->text(0).toInt() : 0;
}

Status migrate(Database &db)
{
    return migrateTo(db, kStepCount);
}

namespace {

Error tooNew(int version)
{
    return Error::refused(ErrorCode::SchemaTooNew, Tr::tr("This database was written by a newer CertDesk "
                                                          "(schema %1; this program knows %2).")
                                                       .arg(version)
                                                       .arg(kStepCount));
}

} // namespace

Status migrateTo(Database &db, int target)
{
    // A first read without a write lock: the usual case (nothing to do, every sign-in) takes no lock.
    auto current = schemaVersion(db);
    if (!current)
        return current.error();
    if (current.value() > kStepCount)
        return tooNew(current.value());
    const int last = std::min(target, kStepCount);
    while (current.value() < last) {
        Transaction tx(db);
        if (!tx.begun())
            return tx.begun().error();
        // Read again inside the write transaction: another desk may have migrated since the read above, and a
        // step run a second time fails (CREATE TABLE) or, worse, applies twice.
        current = schemaVersion(db);
        if (!current)
            return current.error();
        if (current.value() > kStepCount)
            return tooNew(current.value());
        if (current.value() >= last)
            return {};
        const int version = current.value() + 1;
        if (auto s = db.exec(kSteps[version - 1]); !s)
            return s;
        auto set = db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)");
        if (!set)
            return set.error();
        if (auto s = set->bind(1, QString::number(version)).run(); !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
        current = version;
        qCInfo(lcStore) << "schema migrated to version" << version;
    }
    return {};
}

} // namespace certdesk
