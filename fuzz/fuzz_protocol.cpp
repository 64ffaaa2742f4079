// libFuzzer: the sync protocol codec in both directions — what the county parses from a center (hello, pull and
// push requests) and what a center parses from the county (pull and push responses, errors). Property: whatever
// decodes re-encodes to an object that decodes to the same encoding (a fixed point after one round).
#include "protocol/codec.h"

#include <cstdlib>

using namespace certdesk;
using namespace certdesk::protocol;

namespace {

template<class T, class Dec, class Enc> void roundTrip(const QJsonObject &o, Dec decode, Enc encode)
{
    Result<T> first = decode(o);
    if (!first)
        return;
    const QJsonObject encoded = encode(first.value());
    Result<T> second = decode(encoded);
    if (!second || encode(second.value()) != encoded)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto envelope = parseEnvelope(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!envelope)
        return 0;
    const QJsonObject &o = envelope.value();
    (void)pushRecordValues(o);
    roundTrip<PullRequest>(o, decodePullRequest, encodePullRequest);
    roundTrip<PushRequest>(o, decodePushRequest, encodePushRequest);
    roundTrip<PullResponse>(o, decodePullResponse, encodePullResponse);
    roundTrip<PushResponse>(o, decodePushResponse, encodePushResponse);
    roundTrip<HelloResponse>(o, decodeHello, encodeHello);
    roundTrip<ErrorBody>(o, decodeError, encodeError);
    if (auto form = decodeForm(o); form)
        (void)encodeForm(form.value());
    (void)serialize(o);
    return 0;
}
