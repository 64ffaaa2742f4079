// libFuzzer: the CSV record splitter under the import. Property: every record it returns re-joins with csvLine()
// into text that splits back into the same fields — except that csvLine() puts an apostrophe before a cell a
// spreadsheet would run as a formula (= + - @ tab CR first, not a plain number), so such a field may come back with
// that one apostrophe in front.
#include "io/csv.h"

#include <cstdlib>

using namespace certdesk;

namespace {

bool sameField(const QString &original, const QString &back)
{
    if (back == original)
        return true;
    const bool formula = !original.isEmpty() && QStringLiteral("=+-@\t\r").contains(original.front());
    return formula && back == QLatin1Char('\'') + original;
}

} // namespace

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
        if (!again || again->size() != 1 || again->constFirst().fields.size() != r.fields.size())
            std::abort();
        for (qsizetype i = 0; i < r.fields.size(); ++i)
            if (!sameField(r.fields.at(i), again->constFirst().fields.at(i)))
                std::abort();
    }
    return 0;
}
