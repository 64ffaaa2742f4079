#include "io/importfields.h"

#include "io/csv.h"
#include "io/sheettable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

namespace certdesk::importdetail {

namespace {

// The translation context of this file's messages (lupdate files them under it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportRows)
};

} // namespace

namespace {

// Excel and Notepad leave BOMs and stray blanks around header names.
QString cleanHeader(const QString &name)
{
    qsizetype b = 0, e = name.size();
    while (b < e && (name.at(b).isSpace() || name.at(b).unicode() == 0xFEFF))
        ++b;
    while (e > b && (name.at(e - 1).isSpace() || name.at(e - 1).unicode() == 0xFEFF))
        --e;
    return name.mid(b, e - b);
}

int columnIndex(const QList<ColumnSpec> &columns, const QString &rawName)
{
    const QString name = cleanHeader(rawName);
    if (name.isEmpty())
        return -1;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const ColumnSpec &c = columns.at(i);
        if (name == c.chinese || name.compare(c.english, Qt::CaseInsensitive) == 0 || c.extraAliases.contains(name))
            return int(i);
    }
    return -1;
}

QString describe(const ColumnSpec &c)
{
    return QStringLiteral("%1 (%2)").arg(c.chinese, c.english);
}

Status checkRequired(const QList<ColumnSpec> &columns, const QList<bool> &present)
{
    QStringList missing;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).required && !present.at(i))
            missing.append(describe(columns.at(i)));
    }
    if (missing.isEmpty())
        return {};
    return Error::invalid(ErrorCode::Columns,
                          Tr::tr("Missing required columns: %1").arg(missing.join(QLatin1String(", "))));
}

bool allBlank(const QStringList &cells)
{
    for (const QString &c : cells) {
        if (!c.trimmed().isEmpty())
            return false;
    }
    return true;
}

// The header row and the rows under it, from CSV records or a worksheet's rows: one mapping for both.
Result<RawTable> readGrid(QList<SheetRow> records, qsizetype headerAt, const QList<ColumnSpec> &columns)
{
    const QStringList header = records.at(headerAt).cells;
    QList<int> map(header.size(), -1);
    QList<bool> present(columns.size(), false);
    for (qsizetype h = 0; h < header.size(); ++h) {
        const int c = columnIndex(columns, header.at(h));
        if (c < 0)
            continue;
        // Two columns feeding one field would make the import depend on column order.
        if (present.at(c)) {
            return Error::invalid(
                ErrorCode::Columns,
                Tr::tr("Column %1 appears more than once in the header").arg(describe(columns.at(c))));
        }
        present[c] = true;
        map[h] = c;
    }
    if (auto st = checkRequired(columns, present); !st)
        return st.error();

    RawTable table;
    table.rows.reserve(records.size() - headerAt - 1);
    for (qsizetype r = headerAt + 1; r < records.size(); ++r) {
        SheetRow &rec = records[r];
        // Excel writes rows of bare commas for formatted-but-empty rows; they are not data.
        if (allBlank(rec.cells))
            continue;
        RawRow row;
        row.line = rec.row;
        row.values = QStringList(columns.size());
        row.numeric = QList<bool>(columns.size(), false);
        const qsizetype n = std::min(rec.cells.size(), header.size());
        for (qsizetype i = 0; i < n; ++i) {
            if (map.at(i) < 0)
                continue;
            row.values[map.at(i)] = std::move(rec.cells[i]).trimmed();
            row.numeric[map.at(i)] = i < rec.numeric.size() && rec.numeric.at(i);
        }
        // Empty cells past the header are Excel noise; real values there have no column to go to.
        if (!allBlank(rec.cells.mid(header.size()))) {
            row.problems.append(Tr::tr("the row has %1 cells but the header has only %2 columns")
                                    .arg(rec.cells.size())
                                    .arg(header.size()));
        }
        table.rows.append(std::move(row));
    }
    return table;
}

Result<RawTable> readCsv(const QString &text, const QList<ColumnSpec> &columns)
{
    auto parsed = parseCsv(text);
    if (!parsed)
        return parsed.error();
    QList<SheetRow> records;
    records.reserve(parsed->size());
    for (CsvRecord &rec : parsed.value())
        records.append({rec.line, std::move(rec.fields), {}});
    if (records.isEmpty())
        return Error::invalid(ErrorCode::Empty, Tr::tr("The file is empty."));
    return readGrid(std::move(records), 0, columns);
}

RawRow readJsonObject(const QJsonObject &obj, int index, const QList<ColumnSpec> &columns, QList<bool> *present)
{
    RawRow row;
    row.line = index;
    row.values = QStringList(columns.size());
    QList<bool> seen(columns.size(), false);
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const int c = columnIndex(columns, it.key());
        if (c < 0)
            continue;
        (*present)[c] = true;
        const ColumnSpec &spec = columns.at(c);
        if (seen.at(c)) {
            row.problems.append(Tr::tr("%1 is given twice").arg(describe(spec)));
            continue;
        }
        seen[c] = true;
        const QJsonValue v = it.value();
        if (v.isString()) {
            row.values[c] = v.toString().trimmed();
        } else if (v.isDouble()) {
            const double d = v.toDouble();
            // Beyond 2^53 a JSON number has already lost digits (an 18-digit ID number always has).
            if (std::floor(d) == d && std::fabs(d) < 9007199254740992.0)
                row.values[c] = QString::number(qint64(d));
            else if (std::floor(d) == d)
                row.problems.append(
                    Tr::tr("%1 is a number too large to be exact; write it as a string").arg(spec.chinese));
            else
                row.values[c] = QString::number(d, 'g', 15);
        } else if (!v.isNull()) {
            row.problems.append(Tr::tr("%1 must be text or a number").arg(spec.chinese));
        }
    }
    return row;
}

Result<RawTable> readJson(const QString &text, const QList<ColumnSpec> &columns, const QString &jsonKey)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError) {
        return Error::invalid(ErrorCode::Json,
                              Tr::tr("Invalid JSON at offset %1: %2").arg(err.offset).arg(err.errorString()));
    }
    QJsonArray array;
    if (doc.isArray()) {
        array = doc.array();
    } else if (doc.isObject() && doc.object().value(jsonKey).isArray()) {
        array = doc.object().value(jsonKey).toArray();
    } else {
        return Error::invalid(
            ErrorCode::Json,
            Tr::tr("Expected a JSON array of objects or an object with an array under \"%1\"").arg(jsonKey));
    }

    RawTable table;
    QList<bool> present(columns.size(), false);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue v = array.at(i);
        if (!v.isObject()) {
            RawRow row;
            row.line = int(i + 1);
            row.values = QStringList(columns.size());
            row.unreadable = true;
            row.problems.append(Tr::tr("entry %1 is not a JSON object").arg(i + 1));
            table.rows.append(std::move(row));
            continue;
        }
        table.rows.append(readJsonObject(v.toObject(), int(i + 1), columns, &present));
    }
    // A key that no object has is a missing column, as in CSV; a key missing from only some
    // objects is just an empty value in those rows.
    if (!array.isEmpty()) {
        if (auto st = checkRequired(columns, present); !st)
            return st.error();
    }
    return table;
}

// Splits "2026-12-31" / "2026年12月31日" into digit groups and the separators between/after them.
bool splitDate(const QString &text, QList<int> *numbers, QList<int> *digitCounts, QString *separators)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const qsizetype start = i;
        int value = 0;
        while (i < n && text.at(i).unicode() >= '0' && text.at(i).unicode() <= '9' && i - start < 9) {
            value = value * 10 + (text.at(i).unicode() - '0');
            ++i;
        }
        if (i == start || (i < n && text.at(i).unicode() >= '0' && text.at(i).unicode() <= '9'))
            return false;
        numbers->append(value);
        digitCounts->append(int(i - start));
        if (i < n)
            separators->append(text.at(i++));
    }
    return !numbers->isEmpty();
}

// Returns {year, month, day}, day 0 when the text has only year and month.
bool parseYmd(const QString &input, int *y, int *m, int *d)
{
    const QString text = input.trimmed();
    QList<int> nums, digits;
    QString seps;
    if (!splitDate(text, &nums, &digits, &seps))
        return false;
    if (nums.size() == 1) {
        if (digits[0] == 8) {
            *y = nums[0] / 10000, *m = nums[0] / 100 % 100, *d = nums[0] % 100;
            return true;
        }
        if (digits[0] == 6) {
            *y = nums[0] / 100, *m = nums[0] % 100, *d = 0;
            return true;
        }
        return false;
    }
    if (nums.size() > 3 || digits[0] != 4 || digits[1] > 2 || (nums.size() == 3 && digits[2] > 2))
        return false;
    const bool chinese = seps == QStringLiteral("年月") || seps == QStringLiteral("年月日");
    bool numeric = seps.size() == nums.size() - 1 && !seps.isEmpty();
    for (const QChar c : seps)
        numeric = numeric && c == seps.front() && (c == u'-' || c == u'/' || c == u'.');
    if (!chinese && !numeric)
        return false;
    if (chinese && seps.size() != nums.size())
        return false;
    *y = nums[0], *m = nums[1], *d = nums.size() == 3 ? nums[2] : 0;
    return true;
}

} // namespace

Result<RawTable> readTable(const QByteArray &bytes, TextEncoding encoding, const QList<ColumnSpec> &columns,
                           const QString &jsonKey)
{
    auto decoded = decodeText(bytes, encoding);
    if (!decoded)
        return decoded.error();
    const QString &text = decoded.value();
    for (const QChar c : text) {
        if (c.isSpace() || c.unicode() == 0xFEFF)
            continue;
        if (c == u'[' || c == u'{')
            return readJson(text, columns, jsonKey);
        return readCsv(text, columns);
    }
    return Error::invalid(ErrorCode::Empty, Tr::tr("The file is empty."));
}

Result<RawTable> readSheet(const SheetTable &sheet, const QList<ColumnSpec> &columns)
{
    // A title row (2026年待认证名单) often sits above the header: the header is the first row naming a column.
    qsizetype headerAt = -1;
    for (qsizetype r = 0; r < sheet.rows.size() && headerAt < 0; ++r) {
        for (const QString &cell : sheet.rows.at(r).cells) {
            if (columnIndex(columns, cell) >= 0) {
                headerAt = r;
                break;
            }
        }
    }
    if (sheet.rows.isEmpty())
        return Error::invalid(ErrorCode::Empty, Tr::tr("The worksheet %1 is empty.").arg(sheet.name));
    return readGrid(sheet.rows, headerAt < 0 ? 0 : headerAt, columns);
}

bool parseSex(const QString &text, QChar *out)
{
    const QString t = text.trimmed();
    if (t == QStringLiteral("男") || t.compare(QLatin1String("M"), Qt::CaseInsensitive) == 0 ||
        t.compare(QLatin1String("male"), Qt::CaseInsensitive) == 0) {
        *out = QLatin1Char('M');
        return true;
    }
    if (t == QStringLiteral("女") || t.compare(QLatin1String("F"), Qt::CaseInsensitive) == 0 ||
        t.compare(QLatin1String("female"), Qt::CaseInsensitive) == 0) {
        *out = QLatin1Char('F');
        return true;
    }
    return false;
}

bool parseBirthMonth(const QString &text, QString *out)
{
    int y = 0, m = 0, d = 0;
    if (!parseYmd(text, &y, &m, &d) || y < 1900 || m < 1 || m > 12)
        return false;
    if (d != 0 && !QDate(y, m, d).isValid())
        return false;
    *out = QStringLiteral("%1-%2").arg(y, 4, 10, QLatin1Char('0')).arg(m, 2, 10, QLatin1Char('0'));
    return true;
}

QDate parseDay(const QString &text)
{
    int y = 0, m = 0, d = 0;
    if (!parseYmd(text, &y, &m, &d) || d == 0 || y < 1900)
        return {};
    return QDate(y, m, d); // invalid for 2026-02-30 and the like
}

bool parseYear(const QString &text, int *out)
{
    const QString t = text.trimmed();
    // Four digits, the first not 0: "0262" would be stored as 262, which no later check (a pull, an export)
    // takes for a year again.
    if (t.size() != 4 || t.front() == QLatin1Char('0'))
        return false;
    for (const QChar c : t) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
    }
    *out = t.toInt();
    return true;
}

QString maskIdNumbers(const QString &text)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype j = i;
        while (j < text.size() && (text.at(j).isDigit() || text.at(j) == u'x' || text.at(j) == u'X'))
            ++j;
        const qsizetype len = j - i;
        if (len >= 15) {
            out.append(QStringView(text).mid(i, 6));
            out.append(QString(len - 10, QLatin1Char('*')));
            out.append(QStringView(text).mid(j - 4, 4));
        } else if (len > 0) {
            out.append(QStringView(text).mid(i, len));
        } else {
            out.append(text.at(j++));
        }
        i = j;
    }
    return out;
}

} // namespace certdesk::importdetail
