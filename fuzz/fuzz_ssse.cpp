// libFuzzer: the social security card codecs (models/codec/ssse*). The first byte chooses what the rest is:
//   even — a record: byte 1 is the record number, the rest its TLV bytes; every value parser runs on it, and what
//          parses re-encodes to the same bytes (dates, TLV) or decodes again to the same text (names);
//   odd  — a card's answers to a whole read: length-prefixed R-APDUs (one length byte each) fed to readCard in
//          order; the read must end (never more exchanges than the retry rules allow) and a successful read
//          carries a valid number and a name.
#include "codec/ssseapdu.h"
#include "codec/sssecard.h"

#include <cstdlib>

using namespace certdesk;
using namespace certdesk::ssse;

namespace {

// 11 commands at most (3 SELECTs, 8 READ RECORDs), each retried once for 6Cxx and followed by ≤ 16 GET RESPONSEs.
constexpr int kMaxExchanges = 11 * 2 * 17;

void record(const QByteArray &in)
{
    if (in.isEmpty())
        return;
    const quint8 rec = quint8(in.at(0));
    const QByteArray tlv = in.mid(1);
    if (auto value = parseRecord(rec, tlv)) {
        if (encodeRecord(rec, value.value()) != tlv.left(2 + value->size()))
            std::abort();
        if (recordLength(rec) > 0 && value->size() != recordLength(rec))
            std::abort();
    }
    // The value parsers must take any bytes, not only well-framed ones.
    if (auto date = parseBcdDate(tlv)) {
        if (date->isValid() && encodeBcdDate(date.value()) != tlv)
            std::abort();
    }
    if (auto name = parseName(tlv)) {
        if (name->isEmpty())
            std::abort();
        if (tlv.size() <= 30) {
            const auto again = parseName(encodeName(name.value()));
            if (!again || again.value() != name.value())
                std::abort();
        }
    }
    if (auto ssn = parseSsn(tlv)) {
        if (ssn->size() != 18)
            std::abort();
    }
    (void)parseSex(tlv);
    if (auto nation = parseNation(tlv))
        (void)nationCode(nation.value());
    if (auto response = splitResponse(tlv)) {
        (void)statusCode(response->sw);
        (void)statusText(response->sw);
    }
}

void read(const QByteArray &in)
{
    int at = 0;
    int exchanges = 0;
    const Transmit transmit = [&](const QByteArray &apdu) -> Result<QByteArray> {
        if (apdu.size() < 4 || ++exchanges > kMaxExchanges)
            std::abort();
        if (at >= in.size())
            return Error::io(ErrorCode::CardRemoved, QStringLiteral("the card went away"));
        const int length = quint8(in.at(at));
        const QByteArray answer = in.mid(at + 1, length);
        at += 1 + length;
        return answer;
    };
    const auto card = readCard(transmit);
    if (card && (card->ssn.size() != 18 || card->name.isEmpty()))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray in(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (data[0] % 2 == 0)
        record(in);
    else
        read(in);
    return 0;
}
