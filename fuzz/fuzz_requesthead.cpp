// libFuzzer: the county's look at a request's first bytes (county/lib/requesthead.cpp), run on everything a
// client sends before Qt's HTTP layer. Properties: a refusal always names a reason; an oversized body is always
// refused; an accepted head has its end inside the bytes looked at.
#include "requesthead.h"

#include <cstdlib>

using namespace certdesk::county;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    constexpr qint64 kMaxHead = 4096, kMaxBody = 1 << 20;
    const HeadVerdict v = inspectRequestHead(bytes, kMaxHead, kMaxBody);
    if (v.kind == HeadVerdict::Kind::Refused && v.refusal == HeadVerdict::Refusal::None)
        std::abort();
    if (v.kind != HeadVerdict::Kind::Refused && v.refusal != HeadVerdict::Refusal::None)
        std::abort();
    if (v.kind == HeadVerdict::Kind::Accepted &&
        (v.headEnd < 0 || v.headEnd >= qMin<qint64>(size, kMaxHead) || v.bodyLength > kMaxBody))
        std::abort();
    return 0;
}
