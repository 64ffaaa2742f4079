#include "store/recordseal.h"

#include "core/crypto.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace certdesk {

namespace {

// The translation context of this file's messages (lupdate files them under it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RecordSeal)
};

} // namespace

namespace {

#define SEALED_COLUMNS                                                                                                 \
    "uuid, form_id, cycle, alive, method, clerk_id, center_code, certified_at, local_date, new_address, "              \
    "new_postcode, new_phone, remark, supersedes, correction_reason, override_by, override_reason, presented_id, "     \
    "presented_name, source"
// Seal version 1 covered the first 17 columns; version 2 (schema step 4) adds the identity actually presented and
// the form's source. The audit entry says which version sealed the row, so records sealed before stay verifiable.
constexpr int kSealedColumnsV1 = 17;
constexpr int kSealedColumnsV2 = 20;

QString rowHash(const Statement &q, int columns = kSealedColumnsV2)
{
    QByteArray material;
    for (int i = 0; i < columns; ++i) {
        // A NULL and an empty string must not seal alike.
        material += q.isNull(i) ? QByteArray("\x01N") : QByteArray("\x01V") + q.text(i).toUtf8();
    }
    return QString::fromLatin1(crypto::sha256(material).toHex());
}

Error broken(const QString &what)
{
    return Error::refused(ErrorCode::AuditBroken, what);
}

} // namespace

Result<QString> certificationRowHash(Database &db, const QString &uuid)
{
    auto q = db.cached("SELECT " SEALED_COLUMNS " FROM certifications WHERE uuid = ?");
    if (!q)
        return q.error();
    q.value()->bind(1, uuid);
    auto hash = fetchOne<QString>(*q.value(), [](const Statement &s) { return rowHash(s); });
    if (!hash)
        return hash.error();
    return hash->value_or(QString());
}

Result<qint64> verifyCertificationSeals(Database &db)
{
    for (const char *trigger :
         {"certifications_no_update", "certifications_no_delete", "audit_no_update", "audit_no_delete"}) {
        auto q = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?");
        if (!q)
            return q.error();
        q->bind(1, QString::fromLatin1(trigger));
        auto row = q->step();
        if (!row)
            return row.error();
        if (q->int64(0) != 1)
            return broken(Tr::tr("The append-only guard %1 was removed: the "
                                 "history may have been rewritten.")
                              .arg(QLatin1String(trigger)));
    }
    QHash<QString, QString> sealed; // uuid → hash, from the audit log
    QHash<QString, int> versions;   // uuid → seal version
    auto entries = db.prepare("SELECT seq, detail FROM audit WHERE action IN ('certify', 'correct') ORDER BY seq");
    if (!entries)
        return entries.error();
    for (;;) {
        auto row = entries->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const QJsonObject detail = QJsonDocument::fromJson(entries->text(1).toUtf8()).object();
        const QString uuid = detail.value(QLatin1String("uuid")).toString();
        if (sealed.contains(uuid))
            return broken(Tr::tr("Audit entry #%1 seals record %2 a second time.").arg(entries->int64(0)).arg(uuid));
        sealed.insert(uuid, detail.value(QLatin1String("record_sha256")).toString());
        versions.insert(uuid, detail.value(QLatin1String("seal_version")).toInt(1));
    }
    auto rows = db.prepare("SELECT " SEALED_COLUMNS " FROM certifications ORDER BY id");
    if (!rows)
        return rows.error();
    qint64 count = 0;
    for (;;) {
        auto row = rows->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const QString uuid = rows->text(0);
        const auto it = sealed.constFind(uuid);
        if (it == sealed.constEnd())
            return broken(Tr::tr("Certification record %1 has no audit entry: it was added behind the program's back.")
                              .arg(uuid));
        const int columns = versions.value(uuid) >= kRecordSealVersion ? kSealedColumnsV2 : kSealedColumnsV1;
        if (it.value() != rowHash(rows.value(), columns))
            return broken(Tr::tr("Certification record %1 was altered after it was recorded.").arg(uuid));
        sealed.remove(uuid);
        ++count;
    }
    if (!sealed.isEmpty())
        return broken(Tr::tr("Certification record %1 was deleted.").arg(sealed.constBegin().key()));
    return count;
}

} // namespace certdesk
