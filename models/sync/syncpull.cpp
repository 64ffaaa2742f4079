// The pull half of SyncEngine: one page of county changes stored in one transaction with its cursor.
#include "sync/syncengine.h"

#include "core/crypto.h"
#include "io/importrows.h"
#include "protocol/codec.h"
#include "services/session.h"
#include "store/formstore.h"
#include "store/syncstore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace certdesk {

namespace {

const QString kCursorKey = QStringLiteral("pull_cursor");

QJsonObject deathJson(const DeathNotice &d)
{
    return {{QStringLiteral("id_no"), d.idNo},
            {QStringLiteral("name"), d.name},
            {QStringLiteral("death_date"), d.deathDate.toString(Qt::ISODate)},
            {QStringLiteral("source"), d.source}};
}

// Pulled rows go through the importer's own parser, so a form from the county meets exactly the rules of a
// form from a file. Returns the valid rows keyed by their index in `objects`; the rest count as skipped.
template<class Row, class Parse>
Result<QHash<int, Row>> validated(const QJsonArray &objects, const char *wrapKey, Parse parse, int *skipped)
{
    QHash<int, Row> out;
    if (objects.isEmpty())
        return out;
    const QByteArray bytes =
        QJsonDocument(QJsonObject{{QString::fromLatin1(wrapKey), objects}}).toJson(QJsonDocument::Compact);
    auto parsed = parse(bytes);
    if (!parsed)
        return parsed.error();
    for (int i = 0; i < parsed->rows.size(); ++i)
        out.insert(parsed->lines[i] - 1, parsed->rows[i]); // JSON "lines" are 1-based array indexes
    *skipped += int(parsed->errors.size());
    return out;
}

} // namespace

Status SyncEngine::pullPage(SyncReport &report)
{
    auto cursorText = syncValue(m_session.db(), kCursorKey);
    if (!cursorText)
        return cursorText.error();
    protocol::PullRequest request;
    request.cursor = cursorText->toLongLong();
    request.limit = kPullLimit;
    auto response = m_transport.pull(request);
    if (!response)
        return response.error();
    if (response->nextCursor < request.cursor)
        return Error::refused(QStringLiteral("protocol"), tr("The county server moved the pull cursor backwards."));
    if (auto s = applyPull(response.value(), report); !s)
        return s;
    report.pullDone = !response->more;
    return {};
}

Status SyncEngine::applyPull(const protocol::PullResponse &response, SyncReport &report)
{
    Database &db = m_session.db();
    const QDateTime now = m_session.clock().now();
    const QDate today = m_session.clock().today();
    QJsonArray formObjects;
    QJsonArray deathObjects;
    QList<int> formIndex(response.changes.size(), -1);
    QList<int> deathIndex(response.changes.size(), -1);
    for (int i = 0; i < response.changes.size(); ++i) {
        const protocol::Change &c = response.changes[i];
        if (c.kind == protocol::ChangeKind::Form) {
            QJsonObject o = protocol::encodeForm(c.form);
            o.remove(QStringLiteral("protocol"));
            formIndex[i] = int(formObjects.size());
            formObjects.append(o);
        } else if (c.kind == protocol::ChangeKind::Death) {
            deathIndex[i] = int(deathObjects.size());
            deathObjects.append(deathJson(c.death));
        }
    }
    SyncReport page;
    auto forms = validated<Form>(
        formObjects, "forms", [&](const QByteArray &b) { return parseFormRows(b, TextEncoding::Utf8, today); },
        &page.skipped);
    if (!forms)
        return forms.error();
    auto deaths = validated<DeathNotice>(
        deathObjects, "deaths", [&](const QByteArray &b) { return parseDeathRows(b, TextEncoding::Utf8, today); },
        &page.skipped);
    if (!deaths)
        return deaths.error();

    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    // Rows need an import to point at: one per page that stores anything, named after the cursor range.
    qint64 importId = 0;
    auto importRow = [&]() -> Status {
        if (importId != 0)
            return {};
        auto q = db.prepare("INSERT INTO imports(kind, file_name, sha256, rows, added, at, actor) "
                            "VALUES ('sync', ?, ?, ?, 0, ?, ?)");
        if (!q)
            return q.error();
        const QString name = QStringLiteral("county:%1").arg(response.nextCursor);
        const QString sha =
            QString::fromLatin1(crypto::sha256(protocol::serialize(protocol::encodePullResponse(response))).toHex());
        if (auto s = q->bindAll(name, sha, int(response.changes.size()), now.toUTC().toString(Qt::ISODateWithMs),
                                m_session.account().username)
                         .run();
            !s)
            return s;
        importId = db.lastInsertRowId();
        return {};
    };
    for (int i = 0; i < response.changes.size(); ++i) {
        const protocol::Change &c = response.changes[i];
        Status s;
        if (c.kind == protocol::ChangeKind::Form && forms->contains(formIndex[i])) {
            const Form &f = forms->value(formIndex[i]);
            auto found = findFormByNo(db, f.formNo);
            if (!found)
                return found.error();
            if (!found->has_value()) {
                if (s = importRow(); s)
                    s = insertForm(db, f, importId);
                ++page.pulledForms;
            } else if (!(found->value().form == f) || found->value().withdrawn) {
                s = replaceForm(db, found->value().id, f);
                ++page.pulledForms;
            }
        } else if (c.kind == protocol::ChangeKind::Death && deaths->contains(deathIndex[i])) {
            const DeathNotice &d = deaths->value(deathIndex[i]);
            auto found = findDeathNotice(db, d.idNo);
            if (!found)
                return found.error();
            if (!found->has_value()) { // the first notice of a death stands, as in the importer
                if (s = importRow(); s)
                    s = insertDeathNotice(db, d, importId);
                ++page.pulledDeaths;
            }
        } else if (c.kind == protocol::ChangeKind::Withdrawal) {
            auto known = setFormStatus(db, c.formNo, QStringLiteral("withdrawn"));
            if (!known)
                return known.error();
            page.withdrawals += known.value() ? 1 : 0;
        } else if (c.kind == protocol::ChangeKind::Conflict) {
            const bool ours = c.conflict.role == QLatin1String("second");
            const QString reason = ours ? tr("center %1 certified this form first").arg(c.conflict.otherCenter)
                                        : tr("center %1 certified this form later").arg(c.conflict.otherCenter);
            s = noteConflict(db, c.conflict.uuid, ours, reason, c.conflict.otherUuid, now);
        }
        if (!s)
            return s;
    }
    if (importId != 0) {
        auto q = db.prepare("UPDATE imports SET added = ? WHERE id = ?");
        if (!q)
            return q.error();
        if (auto s = q->bindAll(page.pulledForms + page.pulledDeaths, importId).run(); !s)
            return s;
    }
    if (auto s = setSyncValue(db, kCursorKey, QString::number(response.nextCursor)); !s)
        return s;
    if (auto s = setSyncValue(db, QStringLiteral("last_success"), now.toUTC().toString(Qt::ISODateWithMs)); !s)
        return s;
    if (!response.changes.isEmpty()) {
        const QJsonObject detail{{QStringLiteral("cursor"), QString::number(response.nextCursor)},
                                 {QStringLiteral("forms"), page.pulledForms},
                                 {QStringLiteral("deaths"), page.pulledDeaths},
                                 {QStringLiteral("withdrawals"), page.withdrawals},
                                 {QStringLiteral("skipped"), page.skipped}};
        if (auto s = m_session.audit().append(m_session.account().username, QStringLiteral("sync_pull"), detail, now);
            !s)
            return s;
    }
    if (auto s = tx.commit(); !s)
        return s;
    report.pulledForms += page.pulledForms;
    report.pulledDeaths += page.pulledDeaths;
    report.withdrawals += page.withdrawals;
    report.skipped += page.skipped;
    return {};
}

} // namespace certdesk
