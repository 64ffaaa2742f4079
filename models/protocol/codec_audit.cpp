// The audit head of a push (docs/sync-protocol.md, "Audit head"): the request's "audit" member, the response's
// "audit_head", and the chain's hash shared by the center (AuditLog) and the county (its check of the links).
#include "core/crypto.h"
#include "protocol/codec.h"
#include "protocol/codecutil.h"

namespace certdesk::protocol {

using namespace Qt::StringLiterals;
using namespace detail;

namespace {

bool isHexHash(const QString &s)
{
    if (s.size() != 64)
        return false;
    for (QChar c : s)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

} // namespace

QString auditEntryHash(const QString &prevHash, qint64 seq, const QString &at, const QString &actor,
                       const QString &action, const QString &detail)
{
    const QString material = prevHash + QLatin1Char('\n') + QString::number(seq) + QLatin1Char('\n') + at +
                             QLatin1Char('\n') + actor + QLatin1Char('\n') + action + QLatin1Char('\n') + detail;
    return QString::fromLatin1(crypto::sha256(material.toUtf8()).toHex());
}

QJsonObject encodeAuditHead(const AuditHead &h)
{
    return QJsonObject{{u"seq"_s, h.seq}, {u"hash"_s, h.hash}};
}

Result<AuditHead> decodeAuditHead(const QJsonValue &v, const QString &member)
{
    if (v.isUndefined() || v.isNull())
        return AuditHead{};
    if (!v.isObject())
        return badMember(member, "is not an object");
    const QJsonObject o = v.toObject();
    AuditHead h;
    auto seq = requiredInt(o, u"seq"_s);
    if (!seq)
        return seq.error();
    auto hash = requiredString(o, u"hash"_s);
    if (!hash)
        return hash.error();
    if (seq.value() < 0 || !isHexHash(hash.value()))
        return badMember(member, "is not a head (seq ≥ 0, hash 64 lowercase hex digits)");
    h.seq = seq.value();
    h.hash = hash.value();
    return h;
}

QJsonObject encodeAuditClaim(const AuditClaim &c)
{
    QJsonObject o = encodeAuditHead(c.head);
    o.insert(u"from"_s, c.from);
    QJsonArray links;
    for (const AuditLink &l : c.links)
        links.append(QJsonObject{{u"seq"_s, l.seq},
                                 {u"at"_s, l.at},
                                 {u"actor"_s, l.actor},
                                 {u"action"_s, l.action},
                                 {u"detail"_s, l.detail},
                                 {u"hash"_s, l.hash}});
    o.insert(u"links"_s, links);
    return o;
}

Result<AuditClaim> decodeAuditClaim(const QJsonObject &request)
{
    const QJsonValue v = request.value(u"audit"_s);
    AuditClaim c;
    auto head = decodeAuditHead(v, u"audit"_s);
    if (!head)
        return head.error();
    if (head->isNull())
        return c;
    c.head = head.value();
    const QJsonObject o = v.toObject();
    auto from = requiredInt(o, u"from"_s);
    if (!from)
        return from.error();
    if (from.value() < 0 || from.value() > c.head.seq)
        return badMember(u"from"_s, "is not between 0 and the head's seq");
    c.from = from.value();
    const QJsonValue links = o.value(u"links"_s);
    if (!links.isUndefined() && !links.isArray())
        return badMember(u"links"_s, "is not an array");
    const QJsonArray a = links.toArray();
    if (a.size() > kMaxAuditLinks)
        return badMember(u"links"_s, "holds more than the limit of links");
    qint64 expected = c.from + 1;
    for (const auto &e : a) {
        if (!e.isObject())
            return badMember(u"links"_s, "holds a non-object");
        const QJsonObject lo = e.toObject();
        AuditLink l;
        auto seq = requiredInt(lo, u"seq"_s);
        if (!seq)
            return seq.error();
        if (seq.value() != expected++)
            return badMember(u"links"_s, "are not the consecutive entries after from");
        l.seq = seq.value();
        for (auto [key, target] :
             {std::pair{u"at"_s, &l.at}, std::pair{u"actor"_s, &l.actor}, std::pair{u"action"_s, &l.action},
              std::pair{u"detail"_s, &l.detail}, std::pair{u"hash"_s, &l.hash}}) {
            auto text = requiredString(lo, key, true);
            if (!text)
                return text.error();
            *target = text.value();
        }
        c.links.append(l);
    }
    if (c.from + c.links.size() > c.head.seq)
        return badMember(u"links"_s, "go past the head");
    return c;
}

} // namespace certdesk::protocol
