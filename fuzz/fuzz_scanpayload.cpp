// libFuzzer: what a scanner or a typed line delivers (QR payloads of stamped forms, form numbers, ID numbers).
// Property: a recognised CertDesk QR re-encodes to a payload that is recognised with the same fields.
#include "domain/scanpayload.h"

#include <cstdlib>

using namespace certdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDate today(2026, 5, 10);
    const ScanPayload p = classifyScan(text, today);
    if (p.kind == ScanPayload::Kind::CertdeskQr) {
        const QString again =
            encodeQrPayload(p.formNo, p.checkCode, p.result == QLatin1String("alive"), p.centerCode, p.date, p.uuid);
        const ScanPayload q = classifyScan(again, today);
        if (q.kind != p.kind || q.formNo != p.formNo || q.checkCode != p.checkCode || q.result != p.result ||
            q.centerCode != p.centerCode || q.date != p.date || q.uuid != p.uuid)
            std::abort();
    }
    return 0;
}
