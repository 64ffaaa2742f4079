// libFuzzer: the import file parser (CSV and JSON, detected from content) for pending forms and death notices, in
// both encodings. Property: it never crashes; every row it accepts passes the same checks again when laid out as
// structured records (what a pull does), and every reported row number lies inside the input.
#include "io/importrows.h"

#include <cstdlib>

using namespace certdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDate today(2026, 5, 10);
    for (TextEncoding encoding : {TextEncoding::Utf8, TextEncoding::Gb18030}) {
        if (auto forms = parseFormRows(bytes, encoding, today); forms) {
            if (forms->rows.size() != forms->lines.size())
                std::abort();
            const ParsedRows<Form> again = checkFormRecords(forms->rows, today);
            if (!again.errors.isEmpty() || again.rows.size() != forms->rows.size())
                std::abort();
        }
        if (auto deaths = parseDeathRows(bytes, encoding, today); deaths) {
            if (deaths->rows.size() != deaths->lines.size())
                std::abort();
            const ParsedRows<DeathNotice> again = checkDeathRecords(deaths->rows, today);
            if (!again.errors.isEmpty() || again.rows.size() != deaths->rows.size())
                std::abort();
        }
    }
    return 0;
}
