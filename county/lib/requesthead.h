#pragma once

// The county's look at a request's first bytes, before Qt's HTTP layer buffers anything: is this a request head,
// is it complete, and must it be refused from its headers alone (too large, chunked)? A pure function of the
// bytes, so it is fuzzed on its own (fuzz/fuzz_requesthead.cpp); countyserver.cpp acts on the verdict.

#include <QByteArray>
#include <QtGlobal>

namespace certdesk::county {

struct HeadVerdict
{
    enum class Kind
    {
        NotAHead, // the middle of a body (or nothing yet): let the HTTP layer have it
        Waiting,  // a head whose end has not arrived yet
        Accepted, // a complete head with nothing to refuse
        Refused,  // refuse from the headers: status/refusal below
    };
    enum class Refusal
    {
        None,
        HeadersTooLarge, // 431
        BodyTooLarge,    // 413
        LengthRequired,  // 411 (chunked bodies are not taken)
    };
    Kind kind = Kind::NotAHead;
    Refusal refusal = Refusal::None;
    qsizetype headEnd = -1; // index of the blank line's "\r\n\r\n", -1 when not seen
    qint64 bodyLength = -1; // Content-Length when given
};

// `head` is what is buffered so far (at most maxHeaderBytes of it is looked at).
HeadVerdict inspectRequestHead(const QByteArray &head, qint64 maxHeaderBytes, qint64 maxBodyBytes);

} // namespace certdesk::county
