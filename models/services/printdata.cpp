#include "services/printdata.h"

#include "services/session.h"
#include "sessionaccess.h"
#include "store/accountstore.h"
#include "store/certstore.h"
#include "store/formstore.h"
#include "store/paperstore.h"

#include <QCryptographicHash>
#include <QJsonObject>

#include <algorithm>

namespace certdesk {

namespace {

// The seal lives in the encrypted database's meta table, base64 (meta.value is TEXT): no schema change, and
// it is as protected as the rest of the data.
constexpr const char *kSealKey = "print_seal_png";

quint32 be32(const QByteArray &b, qsizetype at)
{
    return (quint32(quint8(b[at])) << 24) | (quint32(quint8(b[at + 1])) << 16) | (quint32(quint8(b[at + 2])) << 8) |
           quint32(quint8(b[at + 3]));
}

} // namespace

Status PrintDataService::validateSeal(const QByteArray &png)
{
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    if (png.size() > kMaxSealBytes)
        return Error::invalid(ErrorCode::SealTooLarge, tr("The seal image must be at most 1 MB."));
    if (!png.startsWith(signature) || png.size() < 33 || png.mid(12, 4) != "IHDR")
        return Error::invalid(ErrorCode::SealNotPng, tr("The seal image must be a PNG file."));
    const quint32 width = be32(png, 16), height = be32(png, 20);
    if (width == 0 || height == 0 || width > 4000 || height > 4000)
        return Error::invalid(ErrorCode::SealNotPng, tr("The seal image must be a PNG file."));
    const int colourType = quint8(png[25]);
    bool alpha = colourType == 4 || colourType == 6;
    // Walk the chunks for a tRNS (palette or single-colour transparency) before the image data.
    for (qsizetype at = 8; !alpha && at + 8 <= png.size();) {
        const quint32 length = be32(png, at);
        const QByteArray type = png.mid(at + 4, 4);
        if (type == "tRNS")
            alpha = true;
        if (type == "IDAT" || type == "IEND" || length > quint32(png.size()))
            break;
        at += 12 + qsizetype(length);
    }
    if (!alpha)
        return Error::invalid(ErrorCode::SealOpaque,
                              tr("The seal image must have a transparent background (PNG with alpha), or it "
                                 "would hide the clerk's name and the date."));
    return {};
}

Result<FormPrintData> PrintDataService::assemble(const CertificationRecord &record)
{
    auto stored = findFormByNo(SessionAccess::db(m_session), record.formNo);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error::internal(tr("The certification refers to a form that is not in the database."));
    return FormPrintData{stored->value().form, record, m_session.center()};
}

Result<FormPrintData> PrintDataService::byUuid(const QString &uuid)
{
    if (auto s = m_session.require(Permission::Lookup); !s)
        return s.error();
    auto record = findCertification(SessionAccess::db(m_session), uuid.trimmed());
    if (!record)
        return record.error();
    if (!record->has_value())
        return Error::refused(ErrorCode::NoSuchRecord, tr("There is no certification with this number."));
    auto superseded = isSuperseded(SessionAccess::db(m_session), uuid.trimmed());
    if (!superseded)
        return superseded.error();
    if (superseded.value())
        return Error::refused(ErrorCode::Superseded,
                              tr("This certification was corrected; print the correction instead."));
    return assemble(record->value());
}

Result<FormPrintData> PrintDataService::byFormNo(const QString &formNo)
{
    if (auto s = m_session.require(Permission::Lookup); !s)
        return s.error();
    auto stored = findFormByNo(SessionAccess::db(m_session), formNo.trimmed());
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error::refused(ErrorCode::NoSuchForm, tr("There is no form with this number."));
    if (stored->value().currentUuid.isEmpty())
        return Error::refused(ErrorCode::NotCertified,
                              tr("This form has not been certified yet; certify it before printing."));
    auto record = findCertification(SessionAccess::db(m_session), stored->value().currentUuid);
    if (!record)
        return record.error();
    if (!record->has_value())
        return Error::internal(tr("The form's certification could not be read."));
    return FormPrintData{stored->value().form, record->value(), m_session.center()};
}

Result<QList<FormPrintData>> PrintDataService::day(const QDate &day)
{
    if (auto s = m_session.require(Permission::Lookup); !s)
        return s.error();
    if (!day.isValid())
        return Error::invalid(ErrorCode::Range, tr("The day must be a date."));
    auto records = certificationsBetween(SessionAccess::db(m_session), day, day, true);
    if (!records)
        return records.error();
    QList<CertificationRecord> sorted = records.value();
    std::stable_sort(sorted.begin(), sorted.end(), [](const CertificationRecord &a, const CertificationRecord &b) {
        return a.certifiedAt < b.certifiedAt;
    });
    QList<FormPrintData> out;
    out.reserve(sorted.size());
    for (const CertificationRecord &r : sorted) {
        auto data = assemble(r);
        if (!data)
            return data.error();
        out.append(std::move(data).value());
    }
    return out;
}

Result<WorkloadPrintData> PrintDataService::workload(const QDate &from, const QDate &to)
{
    if (auto s = m_session.require(Permission::Workload); !s)
        return s.error();
    if (!from.isValid() || !to.isValid() || to < from)
        return Error::invalid(ErrorCode::Range,
                              tr("The date range must be two dates, the second not before the first."));
    auto rows = workloadBetween(SessionAccess::db(m_session), from, to, m_session.center().code);
    if (!rows)
        return rows.error();
    auto accounts = listAccounts(SessionAccess::db(m_session));
    if (!accounts)
        return accounts.error();
    WorkloadPrintData data;
    data.center = m_session.center();
    data.from = from;
    data.to = to;
    data.rows = rows.value();
    std::stable_sort(data.rows.begin(), data.rows.end(), [](const WorkloadRow &a, const WorkloadRow &b) {
        return a.date != b.date ? a.date < b.date : a.clerk < b.clerk;
    });
    for (const Account &a : accounts.value())
        data.clerkNames.insert(a.username, a.fullName);
    data.printedBy = m_session.account().fullName;
    data.printedAt = m_session.clock().now().toLocalTime();
    return data;
}

Status PrintDataService::markOverlayPrinted(const FormPrintData &data)
{
    if (auto s = m_session.require(Permission::Lookup); !s)
        return s;
    Transaction tx(SessionAccess::db(m_session));
    if (!tx.begun())
        return tx.begun().error();
    const QDateTime now = m_session.clock().now();
    if (auto s = stampPaper(SessionAccess::db(m_session), data.record.formId, data.record.cycle,
                            PaperStamp::OverlayPrinted, now);
        !s)
        return s.error();
    const QJsonObject detail{{QStringLiteral("form_no"), data.form.formNo}, {QStringLiteral("uuid"), data.record.uuid}};
    if (auto s = m_session.audit().append(m_session.account().username, QStringLiteral("overlay_printed"), detail, now);
        !s)
        return s;
    return tx.commit();
}

Result<std::optional<QDateTime>> PrintDataService::overlayPrintedAt(const FormPrintData &data)
{
    if (auto s = m_session.require(Permission::Lookup); !s)
        return s.error();
    auto record = findCertification(SessionAccess::db(m_session), data.record.uuid);
    if (!record)
        return record.error();
    if (!record->has_value() || !record->value().overlayPrintedAt.isValid())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(record->value().overlayPrintedAt);
}

Result<QByteArray> PrintDataService::seal()
{
    auto q = SessionAccess::db(m_session).prepare("SELECT value FROM meta WHERE key = ?");
    if (!q)
        return q.error();
    q->bind(1, QString::fromLatin1(kSealKey));
    auto row = q->step();
    if (!row)
        return row.error();
    if (!row.value())
        return QByteArray();
    return QByteArray::fromBase64(q->text(0).toLatin1());
}

Status PrintDataService::setSeal(const QByteArray &png)
{
    if (auto s = m_session.require(Permission::Settings); !s)
        return s;
    if (auto s = validateSeal(png); !s)
        return s;
    Transaction tx(SessionAccess::db(m_session));
    if (!tx.begun())
        return tx.begun().error();
    auto q = SessionAccess::db(m_session).prepare("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)");
    if (!q)
        return q.error();
    q->bind(1, QString::fromLatin1(kSealKey)).bind(2, QString::fromLatin1(png.toBase64()));
    if (auto s = q->run(); !s)
        return s;
    const QJsonObject detail{{QStringLiteral("sha256"),
                              QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex())},
                             {QStringLiteral("bytes"), qint64(png.size())}};
    if (auto s = m_session.audit().append(m_session.account().username, QStringLiteral("seal_set"), detail,
                                          m_session.clock().now());
        !s)
        return s;
    return tx.commit();
}

Status PrintDataService::clearSeal()
{
    if (auto s = m_session.require(Permission::Settings); !s)
        return s;
    auto current = seal();
    if (!current)
        return current.error();
    if (current->isEmpty())
        return {};
    Transaction tx(SessionAccess::db(m_session));
    if (!tx.begun())
        return tx.begun().error();
    auto q = SessionAccess::db(m_session).prepare("DELETE FROM meta WHERE key = ?");
    if (!q)
        return q.error();
    q->bind(1, QString::fromLatin1(kSealKey));
    if (auto s = q->run(); !s)
        return s;
    if (auto s = m_session.audit().append(m_session.account().username, QStringLiteral("seal_cleared"), QJsonObject(),
                                          m_session.clock().now());
        !s)
        return s;
    return tx.commit();
}

} // namespace certdesk
