// libFuzzer: the 256-byte text block decoder, with a round-trip property: what decodes, re-encodes to a block that
// decodes to the same fields.
#include "codec/samtext.h"

#include <cstdlib>

using namespace certdesk::sam;

namespace {

bool same(const CardText &a, const CardText &b)
{
    return a.layout == b.layout && a.name == b.name && a.englishName == b.englishName && a.sexCode == b.sexCode &&
           a.nationCode == b.nationCode && a.nationality == b.nationality && a.birthText == b.birthText &&
           a.address == b.address && a.idNo == b.idNo && a.issuer == b.issuer && a.validFromText == b.validFromText &&
           a.validToText == b.validToText && a.passNo == b.passNo && a.issueCount == b.issueCount &&
           a.version == b.version;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray block(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto text = decodeText(block);
    if (!text) {
        if (size == size_t(kTextSize) && text.error().code == certdesk::ErrorCode::SamTextSize)
            std::abort();
        return 0;
    }
    (void)text->sex();
    (void)text->nation();
    (void)text->birth();
    (void)text->validFrom();
    (void)text->validTo();
    (void)text->validToLongTerm();
    (void)nationCode(text->name);
    const QByteArray encoded = encodeText(*text);
    if (encoded.size() != kTextSize)
        std::abort();
    const auto back = decodeText(encoded);
    if (!back || !same(*text, *back))
        std::abort();
    return 0;
}
