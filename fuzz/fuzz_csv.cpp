// libFuzzer: the CSV record splitter under the import. Property: every record it returns re-joins with csvLine()
// into text that splits back into the same fields.
#include "io/csv.h"

#include <cstdlib>

using namespace certdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    auto records = parseCsv(text);
    if (!records)
        return 0;
    for (const CsvRecord &r : records.value()) {
        if (r.fields.isEmpty())
            continue;
        auto again = parseCsv(csvLine(r.fields) + QLatin1Char('\n'));
        if (!again || again->size() != 1 || again->constFirst().fields != r.fields)
            std::abort();
    }
    return 0;
}
