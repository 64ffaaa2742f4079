#include "io/csv.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace certdesk {

namespace {

// The translation context of this file's messages (lupdate files them under it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

} // namespace

Result<QList<CsvRecord>> parseCsv(const QString &text)
{
    QList<CsvRecord> records;
    const QChar *const begin = text.constData();
    const QChar *const end = begin + text.size();
    const QChar *p = begin;
    if (p < end && p->unicode() == 0xFEFF)
        ++p;

    int line = 1;
    qsizetype expectedFields = 0; // reserve like the previous record: CSV rows are usually uniform

    while (p < end) {
        const int recordLine = line;
        // An empty physical line is no record at all (it would otherwise be one empty field).
        if (p->unicode() == '\n' || p->unicode() == '\r') {
            if (p->unicode() == '\r' && p + 1 < end && p[1].unicode() == '\n')
                ++p;
            ++p;
            ++line;
            continue;
        }

        CsvRecord record;
        record.line = recordLine;
        record.fields.reserve(expectedFields);
        bool recordDone = false;
        while (!recordDone) {
            QString field;
            if (p < end && p->unicode() == '"') {
                const int fieldLine = line;
                ++p;
                bool closed = false;
                while (p < end) {
                    // Copy runs between special characters in one go; per-character appends are too slow
                    // for 100k-row files.
                    const QChar *run = p;
                    while (p < end && p->unicode() != '"' && p->unicode() != '\r' && p->unicode() != '\n')
                        ++p;
                    if (p > run)
                        field.append(run, p - run);
                    if (p == end)
                        break;
                    if (p->unicode() == '"') {
                        if (p + 1 < end && p[1].unicode() == '"') {
                            field.append(QLatin1Char('"'));
                            p += 2;
                            continue;
                        }
                        ++p;
                        closed = true;
                        break;
                    }
                    // Embedded line breaks become '\n' whatever the file's line ends were, so the
                    // same data gives the same value from a CRLF (Windows) or LF file.
                    if (p->unicode() == '\r' && p + 1 < end && p[1].unicode() == '\n')
                        ++p;
                    ++p;
                    ++line;
                    field.append(QLatin1Char('\n'));
                }
                if (!closed) {
                    return Error::invalid(ErrorCode::Csv, Tr::tr("Line %1: a quoted field is never closed "
                                                                 "(missing closing \").")
                                                              .arg(fieldLine));
                }
                // Not RFC 4180, but Excel keeps text after a closing quote ("a"b → ab), so do we.
                const QChar *rest = p;
                while (p < end && p->unicode() != ',' && p->unicode() != '\r' && p->unicode() != '\n')
                    ++p;
                if (p > rest)
                    field.append(rest, p - rest);
            } else {
                const QChar *start = p;
                while (p < end && p->unicode() != ',' && p->unicode() != '\r' && p->unicode() != '\n')
                    ++p;
                field = QString(start, p - start);
            }
            record.fields.append(std::move(field));

            if (p == end) {
                recordDone = true;
            } else if (p->unicode() == ',') {
                ++p;
            } else {
                if (p->unicode() == '\r' && p + 1 < end && p[1].unicode() == '\n')
                    ++p;
                ++p;
                ++line;
                recordDone = true;
            }
        }
        expectedFields = record.fields.size();
        records.append(std::move(record));
    }
    return records;
}

namespace {

// A spreadsheet opening the file runs a cell that starts with = + - @ (or tab/CR, which some strip first) as a
// formula ("CSV injection": =HYPERLINK(...) leaking a row, =cmd|...). Such a cell gets a leading apostrophe,
// which spreadsheets show as text and hide. A plain number (-12, +3.5) is no formula and stays as it is, so
// signed figures still add up.
QString neutralised(const QString &field)
{
    if (field.isEmpty())
        return field;
    const char16_t c = field.front().unicode();
    if (c != '=' && c != '+' && c != '-' && c != '@' && c != '\t' && c != '\r')
        return field;
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?\\z"));
    if (number.match(field).hasMatch())
        return field;
    return QLatin1Char('\'') + field;
}

} // namespace

QString csvLine(const QStringList &fields)
{
    QString out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(QLatin1Char(','));
        const QString &f = neutralised(fields.at(i));
        // Leading/trailing blanks are quoted because many tools (and our importer) trim bare fields;
        // a lone empty field is quoted because an empty line is skipped as blank on reading.
        bool quote = (fields.size() == 1 && f.isEmpty());
        if (!f.isEmpty() && (f.front().isSpace() || f.back().isSpace()))
            quote = true;
        for (qsizetype k = 0; !quote && k < f.size(); ++k) {
            const char16_t c = f.at(k).unicode();
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        if (quote) {
            out.append(QLatin1Char('"'));
            QString escaped = f;
            escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
            out.append(escaped);
            out.append(QLatin1Char('"'));
        } else {
            out.append(f);
        }
    }
    out.append(QLatin1String("\r\n"));
    return out;
}

} // namespace certdesk
