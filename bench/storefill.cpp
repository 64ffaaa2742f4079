#include "storefill.h"

#include "benchsupport.h"
#include "services/session.h"
#include "sessionaccess.h"
#include "store/certstore.h"
#include "store/formstore.h"
#include "store/recordseal.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QUuid>

#include <cstdio>

namespace certdesk::bench {

namespace {

constexpr int kBatch = 100'000; // rows per transaction: bounds the WAL at a few hundred MB

QString markerPath(const StoreSpec &spec)
{
    return spec.dbPath + QStringLiteral(".complete");
}

// Bump the version whenever benchForm or the fill changes, so that an old database is not reused.
QByteArray markerText(const StoreSpec &spec)
{
    return QStringLiteral("bench-store v1 forms=%1 certifyEvery=%2 deathEvery=%3%4\n")
        .arg(spec.forms)
        .arg(spec.certifyEvery)
        .arg(spec.deathEvery)
        .arg(spec.sealed ? QStringLiteral(" sealed") : QString())
        .toUtf8();
}

bool isComplete(const StoreSpec &spec)
{
    QFile marker(markerPath(spec));
    return QFile::exists(spec.dbPath) && marker.open(QIODevice::ReadOnly) && marker.readAll() == markerText(spec);
}

CertificationRecord certificationOf(const Form &form, qint64 formId, const Clock &clock)
{
    CertificationRecord r;
    r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.formNo = form.formNo;
    r.formId = formId;
    r.cycle = form.cycle;
    r.method = IdentityMethod::IdCard;
    r.centerCode = QStringLiteral("BENCH01");
    r.certifiedAt = clock.now().toUTC();
    r.localDate = clock.today();
    return r;
}

// The audit entry CertificationService writes for a certification: the row's hash (recordseal.h).
Status seal(Session &session, const CertificationRecord &record)
{
    auto hash = certificationRowHash(SessionAccess::db(session), record.uuid);
    if (!hash)
        return hash.error();
    const QJsonObject detail{{QStringLiteral("uuid"), record.uuid}, {QStringLiteral("record_sha256"), hash.value()}};
    return session.audit().append(session.account().username, QStringLiteral("certify"), detail, record.certifiedAt);
}

// Inserts forms [start, end) with their certifications and death notices, in one transaction.
Status fillBatch(Session &session, const StoreSpec &spec, int start, int end, qint64 importId)
{
    Database &db = SessionAccess::db(session);
    const QDate today = session.clock().today();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    for (int i = start; i < end; ++i) {
        const Form form = benchForm(i, today);
        if (auto s = insertForm(db, form, importId); !s)
            return s;
        const qint64 formId = db.lastInsertRowId();
        if (i % spec.certifyEvery == 0) {
            const CertificationRecord record = certificationOf(form, formId, session.clock());
            if (auto s = insertCertification(db, record, session.account().id, std::nullopt); !s)
                return s;
            if (spec.sealed)
                if (auto s = seal(session, record); !s)
                    return s;
        }
        if (i % spec.deathEvery == 7) {
            const DeathNotice death{form.person.idNo, form.person.name, today.addDays(-30),
                                    QStringLiteral("演示市民政局")};
            if (auto s = insertDeathNotice(db, death, importId); !s)
                return s;
        }
    }
    return tx.commit();
}

Status fill(const StoreSpec &spec, const Clock &clock)
{
    if (auto s = createDatabase(spec.dbPath, clock); !s)
        return s;
    auto session = openDatabase(spec.dbPath, clock);
    if (!session)
        return session.error();
    Database &db = SessionAccess::db(*session.value());
    // A 512 MB page cache for the fill only (the connection is closed before measuring): inserting into the
    // id_no index in random order would otherwise write each encrypted page many times over.
    if (auto s = db.exec("PRAGMA cache_size = -524288"); !s)
        return s;
    if (auto s = db.exec("INSERT INTO imports(kind, file_name, sha256, rows, added, at, actor) "
                         "VALUES ('forms', 'bench-store', '', 0, 0, '', 'bench')");
        !s)
        return s;
    const qint64 importId = db.lastInsertRowId();
    for (int start = 0; start < spec.forms; start += kBatch) {
        if (auto s = fillBatch(*session.value(), spec, start, qMin(start + kBatch, spec.forms), importId); !s)
            return s;
        std::printf("  %d forms stored\n", qMin(start + kBatch, spec.forms));
        std::fflush(stdout);
    }
    return db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

} // namespace

Status ensureStore(const StoreSpec &spec, const Clock &clock)
{
    if (isComplete(spec)) {
        std::printf("Reusing %s (%d forms)\n", qPrintable(spec.dbPath), spec.forms);
        return {};
    }
    std::printf("Building %s: %d forms, every %dth certified, every %dth person on the death list\n",
                qPrintable(spec.dbPath), spec.forms, spec.certifyEvery, spec.deathEvery);
    std::fflush(stdout);
    QFile::remove(markerPath(spec));
    removeDatabase(spec.dbPath);
    QElapsedTimer timer;
    timer.start();
    if (auto s = fill(spec, clock); !s) {
        removeDatabase(spec.dbPath);
        return s;
    }
    QFile marker(markerPath(spec));
    if (!marker.open(QIODevice::WriteOnly) || marker.write(markerText(spec)) < 0)
        return Error::io(ErrorCode::Marker, QStringLiteral("cannot write %1").arg(marker.fileName()));
    std::printf("Built in %.1f s (%.0f MB)\n", double(timer.elapsed()) / 1000, double(QFile(spec.dbPath).size()) / 1e6);
    return {};
}

} // namespace certdesk::bench
