#include "services/importer.h"

#include "core/crypto.h"
#include "services/session.h"
#include "sessionaccess.h"
#include "sheet/importfile.h"
#include "store/formstore.h"
#include "store/paperstore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace certdesk {

namespace {

constexpr int kProgressEvery = 500;

QString kindKey(ImportKind kind)
{
    return kind == ImportKind::Forms ? QStringLiteral("forms") : QStringLiteral("deaths");
}

// Existing row → unchanged (true) or conflict (error); absent → false.
Result<bool> alreadyStored(Database &db, const Form &form, QString *conflict)
{
    auto found = findFormByNo(db, form.formNo);
    if (!found)
        return found.error();
    if (!found->has_value())
        return false;
    if (!(found->value().form == form))
        *conflict = ImportService::tr("认证表编号 %1 was imported before with different data; ask the county "
                                      "office which is right.")
                        .arg(form.formNo);
    return true;
}

// List data for the number of a paper registration is linked or held for review (store/paperstore.h).
Result<bool> lateForPaper(Database &db, const Form &form, ImportReport &report, const QDateTime &at)
{
    auto late = reconcilePaperForm(db, form, QStringLiteral("import"), at);
    if (!late)
        return late.error();
    if (late.value() == LateData::Linked)
        ++report.linked;
    else if (late.value() == LateData::Flagged)
        ++report.flagged;
    return late.value() != LateData::NotPaper;
}

Result<bool> lateForPaper(Database &, const DeathNotice &, ImportReport &, const QDateTime &)
{
    return false;
}

Result<bool> alreadyStored(Database &db, const DeathNotice &notice, QString *)
{
    // The first notice of a death stands; a later list repeating it (even from another source) is no news.
    auto found = findDeathNotice(db, notice.idNo);
    if (!found)
        return found.error();
    return found->has_value();
}

Status insertRow(Database &db, const Form &form, qint64 importId)
{
    return insertForm(db, form, importId);
}

Status insertRow(Database &db, const DeathNotice &notice, qint64 importId)
{
    return insertDeathNotice(db, notice, importId);
}

Error cancelled()
{
    return Error::refused(ErrorCode::Cancelled, ImportService::tr("The import was cancelled; nothing was "
                                                                  "imported."));
}

} // namespace

Result<ImportReport> ImportService::importFile(ImportKind kind, const QString &path, TextEncoding encoding,
                                               const ImportProgress &progress, const QString &sheet)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(ErrorCode::ReadFailed, tr("Cannot read %1: %2").arg(path, file.errorString()));
    return importBytes(kind, file.readAll(), QFileInfo(path).fileName(), encoding, progress, sheet);
}

Result<ImportReport> ImportService::importBytes(ImportKind kind, const QByteArray &bytes, const QString &fileName,
                                                TextEncoding encoding, const ImportProgress &progress,
                                                const QString &sheet)
{
    if (auto s = m_session.require(Permission::Import); !s)
        return s.error();
    const QDate today = m_session.clock().today();
    if (kind == ImportKind::Forms) {
        auto parsed = parseFormFile(bytes, encoding, sheet, today);
        if (!parsed)
            return parsed.error();
        return store(kind, parsed.value(), bytes, fileName, progress);
    }
    auto parsed = parseDeathFile(bytes, encoding, sheet, today);
    if (!parsed)
        return parsed.error();
    return store(kind, parsed.value(), bytes, fileName, progress);
}

template<class Row>
Result<ImportReport> ImportService::store(ImportKind kind, const ParsedRows<Row> &parsed, const QByteArray &bytes,
                                          const QString &fileName, const ImportProgress &progress)
{
    ImportReport report;
    report.rows = int(parsed.rows.size() + parsed.errors.size());
    report.errors = parsed.errors;
    if (!report.accepted())
        return report;
    Database &db = SessionAccess::db(m_session);
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto imp = db.prepare("INSERT INTO imports(kind, file_name, sha256, rows, added, at, actor) "
                          "VALUES (?,?,?,?,0,?,?)");
    if (!imp)
        return imp.error();
    const QString sha = QString::fromLatin1(crypto::sha256(bytes).toHex());
    const QString now = m_session.clock().now().toUTC().toString(Qt::ISODateWithMs);
    if (auto s = imp->bindAll(kindKey(kind), fileName, sha, report.rows, now, m_session.account().username).run(); !s)
        return s.error();
    const qint64 importId = db.lastInsertRowId();
    const int total = int(parsed.rows.size());
    for (int i = 0; i < total; ++i) {
        if (progress && i % kProgressEvery == 0 && !progress(i, total))
            return cancelled();
        auto paper = lateForPaper(db, parsed.rows[i], report, m_session.clock().now());
        if (!paper)
            return paper.error();
        if (paper.value())
            continue;
        QString conflict;
        auto exists = alreadyStored(db, parsed.rows[i], &conflict);
        if (!exists)
            return exists.error();
        if (!conflict.isEmpty()) {
            report.errors.append({parsed.lines[i], conflict});
            continue;
        }
        if (exists.value()) {
            ++report.unchanged;
            continue;
        }
        if (auto s = insertRow(db, parsed.rows[i], importId); !s)
            return s.error();
        ++report.added;
    }
    if (progress && !progress(total, total))
        return cancelled();
    if (!report.accepted() || report.added + report.linked + report.flagged == 0) {
        report.added = 0; // the transaction rolls back: nothing of this file is kept
        report.linked = report.flagged = 0;
        return report;
    }
    auto setAdded = db.prepare("UPDATE imports SET added = ? WHERE id = ?");
    if (!setAdded)
        return setAdded.error();
    if (auto s = setAdded->bindAll(report.added, importId).run(); !s)
        return s.error();
    const QJsonObject detail{{QStringLiteral("kind"), kindKey(kind)},   {QStringLiteral("file"), fileName},
                             {QStringLiteral("sha256"), sha},           {QStringLiteral("rows"), report.rows},
                             {QStringLiteral("added"), report.added},   {QStringLiteral("unchanged"), report.unchanged},
                             {QStringLiteral("linked"), report.linked}, {QStringLiteral("flagged"), report.flagged}};
    if (auto s = m_session.audit().append(m_session.account().username, QStringLiteral("import"), detail,
                                          m_session.clock().now());
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace certdesk
