#include "requesthead.h"

#include <QList>

namespace certdesk::county {

HeadVerdict inspectRequestHead(const QByteArray &buffered, qint64 maxHeaderBytes, qint64 maxBodyBytes)
{
    HeadVerdict v;
    const QByteArray head = buffered.left(maxHeaderBytes);
    const qsizetype lineEnd = head.indexOf("\r\n");
    const QByteArray firstLine = head.left(lineEnd < 0 ? head.size() : lineEnd);
    if (firstLine.isEmpty() || !(firstLine.at(0) >= 'A' && firstLine.at(0) <= 'Z') ||
        !(firstLine.contains(" HTTP/1.") || lineEnd < 0))
        return v; // the middle of a body
    v.headEnd = head.indexOf("\r\n\r\n");
    if (v.headEnd < 0) {
        if (head.size() < maxHeaderBytes) {
            v.kind = HeadVerdict::Kind::Waiting; // headers still arriving
            return v;
        }
        v.kind = HeadVerdict::Kind::Refused;
        v.refusal = HeadVerdict::Refusal::HeadersTooLarge;
        return v;
    }
    v.kind = HeadVerdict::Kind::Accepted;
    for (const QByteArray &line : head.left(v.headEnd).split('\n')) {
        const QByteArray l = line.trimmed().toLower();
        if (l.startsWith("content-length:")) {
            v.bodyLength = l.mid(15).trimmed().toLongLong();
            if (v.bodyLength > maxBodyBytes) {
                v.kind = HeadVerdict::Kind::Refused;
                v.refusal = HeadVerdict::Refusal::BodyTooLarge;
            }
        } else if (l.startsWith("transfer-encoding:") && l.contains("chunked")) {
            v.kind = HeadVerdict::Kind::Refused;
            v.refusal = HeadVerdict::Refusal::LengthRequired;
        }
    }
    return v;
}

} // namespace certdesk::county
