// .xlsx (Office Open XML) reading: the zip through Debian's minizip (the zip library libxlsxwriter itself uses),
// each part through QXmlStreamReader. Not QuaZip: it exports its own, changed minizip under the same symbol names
// (zipOpen3 takes one more argument), so a process holding both crashes in whichever loses (docs/formats.md).

#include "sheet/sheet_p.h"
#include "sheet/xlsxpackage.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

namespace certdesk::sheetdetail {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Spreadsheet)
};
} // namespace

namespace {

Error xmlError(const QString &part, const QXmlStreamReader &xml)
{
    return damaged(ErrorCode::Xlsx, QStringLiteral("%1:%2: %3").arg(part).arg(xml.lineNumber()).arg(xml.errorString()));
}

// "xl/" + "worksheets/sheet1.xml", "/xl/worksheets/sheet1.xml", "../x.xml".
QString resolve(const QString &dir, const QString &target)
{
    QStringList parts = target.startsWith(u'/') ? QStringList() : dir.split(u'/', Qt::SkipEmptyParts);
    for (const QString &p : target.split(u'/', Qt::SkipEmptyParts)) {
        if (p == QLatin1String("..")) {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (p != QLatin1String(".")) {
            parts.append(p);
        }
    }
    return parts.join(u'/');
}

struct Relationship
{
    QString type; // last path segment of the Type URI: officeDocument, worksheet, sharedStrings, styles
    QString target;
};

Result<QHash<QString, Relationship>> readRels(Package &zip, const QString &part, const QString &dir)
{
    auto bytes = zip.read(part, true);
    if (!bytes)
        return bytes.error();
    if (bytes->isEmpty()) // an optional part that is not there
        return QHash<QString, Relationship>();
    QHash<QString, Relationship> rels;
    QXmlStreamReader xml(bytes.value());
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")) {
            const auto a = xml.attributes();
            const QString type = a.value(QLatin1String("Type")).toString();
            rels.insert(
                a.value(QLatin1String("Id")).toString(),
                {type.mid(type.lastIndexOf(u'/') + 1), resolve(dir, a.value(QLatin1String("Target")).toString())});
        }
    }
    if (xml.hasError())
        return xmlError(part, xml);
    return rels;
}

QString findRel(const QHash<QString, Relationship> &rels, const QString &type, const QString &fallback)
{
    for (const Relationship &r : rels) {
        if (r.type == type)
            return r.target;
    }
    return fallback;
}

// The text of an <si> or <is>: every <t>, rich-text runs included; phonetic guides (<rPh>) left out.
QString richText(QXmlStreamReader &xml)
{
    QString text;
    const QString end = xml.name().toString();
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == end)
            break;
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("rPh"))
            xml.skipCurrentElement();
        else if (xml.name() == QLatin1String("t"))
            text += xml.readElementText();
    }
    return text;
}

Result<QStringList> readSharedStrings(Package &zip, const QString &part)
{
    auto bytes = zip.read(part, true);
    if (!bytes)
        return bytes.error();
    if (bytes->isEmpty()) // an optional part that is not there
        return QStringList();
    QStringList strings;
    QXmlStreamReader xml(bytes.value());
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si"))
            strings.append(richText(xml));
    }
    if (xml.hasError())
        return xmlError(part, xml);
    return strings;
}

// Built-in number formats that show a date (ECMA-376 18.8.30, with the zh-CN ones 27-36 and 50-58).
bool builtinDate(int id)
{
    return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

// A custom format shows a date when, outside quoted text, escapes and [colour]/[$-804] sections, it has y or d.
bool customDate(const QString &code)
{
    bool quoted = false;
    int bracket = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'\\' || c == u'_' || c == u'*')
            ++i;
        else if (c == u'[')
            ++bracket;
        else if (c == u']')
            bracket = qMax(0, bracket - 1);
        else if (bracket == 0 && (c.toLower() == u'y' || c.toLower() == u'd'))
            return true;
    }
    return false;
}

// dateStyles[s]: cell style s (the c element's s attribute) shows a date.
Result<QList<bool>> readDateStyles(Package &zip, const QString &part)
{
    auto bytes = zip.read(part, true);
    if (!bytes)
        return bytes.error();
    if (bytes->isEmpty()) // an optional part that is not there
        return QList<bool>();
    QHash<int, QString> custom;
    QList<bool> dateStyles;
    bool inCellXfs = false;
    QXmlStreamReader xml(bytes.value());
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        if (!xml.isStartElement())
            continue;
        const auto a = xml.attributes();
        if (xml.name() == QLatin1String("numFmt")) {
            custom.insert(a.value(QLatin1String("numFmtId")).toInt(), a.value(QLatin1String("formatCode")).toString());
        } else if (xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
            const int id = a.value(QLatin1String("numFmtId")).toInt();
            dateStyles.append(custom.contains(id) ? customDate(custom.value(id)) : builtinDate(id));
        }
    }
    if (xml.hasError())
        return xmlError(part, xml);
    return dateStyles;
}

struct WorkbookSheet
{
    QString name;
    QString relId;
    bool visible = true;
};

// "AB12" → column 27 (0-based); -1 when the reference has no letters.
int columnOf(QStringView ref)
{
    int col = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref.at(i).isLetter() && i < 3; ++i)
        col = col * 26 + (ref.at(i).toUpper().unicode() - 'A' + 1);
    return i == 0 ? -1 : col - 1;
}

struct CellContext
{
    const QStringList &shared;
    const QList<bool> &dateStyles;
    bool date1904 = false;
};

// One <c> element: its text and whether it was a number.
bool readCell(QXmlStreamReader &xml, const CellContext &ctx, QString *text, bool *numeric, QString *problem)
{
    const auto a = xml.attributes();
    const QString type = a.value(QLatin1String("t")).toString();
    const int style = a.value(QLatin1String("s")).toInt();
    *numeric = false;
    QString v;
    bool hasValue = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("c"))
            break;
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("v")) {
            v = xml.readElementText();
            hasValue = true;
        } else if (xml.name() == QLatin1String("is")) {
            *text = richText(xml);
            return true;
        } else {
            xml.skipCurrentElement(); // <f> formulas: the cached <v> is what Excel shows
        }
    }
    if (!hasValue) {
        text->clear();
    } else if (type == QLatin1String("s")) {
        bool ok = false;
        const int index = v.toInt(&ok);
        if (!ok || index < 0 || index >= ctx.shared.size()) {
            *problem = Tr::tr("a cell refers to shared string %1, which the file "
                              "does not have")
                           .arg(v);
            return false;
        }
        *text = ctx.shared.at(index);
    } else if (type == QLatin1String("b")) {
        *text = v == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    } else if (type == QLatin1String("str") || type == QLatin1String("e") || type == QLatin1String("inlineStr")) {
        *text = v;
    } else if (type == QLatin1String("d")) {
        *text = v.left(10); // ISO 8601 date-time: the date
    } else {
        bool ok = false;
        const double d = v.toDouble(&ok);
        if (!ok) {
            *text = v;
        } else if (ctx.dateStyles.value(style) && serialDate(d, ctx.date1904).isValid()) {
            *text = serialDate(d, ctx.date1904).toString(Qt::ISODate);
        } else {
            *text = numberText(d);
            *numeric = true;
        }
    }
    return true;
}

Result<QList<SheetRow>> readRows(Package &zip, const QString &part, const CellContext &ctx)
{
    auto bytes = zip.read(part);
    if (!bytes)
        return bytes.error();
    QList<SheetRow> rows;
    QXmlStreamReader xml(bytes.value());
    SheetRow row;
    int lastRow = 0;
    int nextColumn = 0;
    bool anyValue = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
            if (anyValue)
                rows.append(std::move(row));
            row = SheetRow();
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("row")) {
            const int r = xml.attributes().value(QLatin1String("r")).toInt();
            lastRow = r > lastRow ? r : lastRow + 1;
            row.row = lastRow;
            nextColumn = 0;
            anyValue = false;
        } else if (xml.name() == QLatin1String("c")) {
            int col = columnOf(xml.attributes().value(QLatin1String("r")));
            col = col < 0 ? nextColumn : col;
            if (col >= 16384)
                return damaged(ErrorCode::Xlsx, QStringLiteral("%1:%2").arg(part).arg(xml.lineNumber()));
            QString text;
            bool numeric = false;
            QString problem;
            if (!readCell(xml, ctx, &text, &numeric, &problem))
                return damaged(ErrorCode::Xlsx, problem);
            nextColumn = col + 1;
            if (text.trimmed().isEmpty())
                continue;
            anyValue = true;
            while (row.cells.size() <= col) {
                row.cells.append(QString());
                row.numeric.append(false);
            }
            row.cells[col] = text;
            row.numeric[col] = numeric;
        }
    }
    if (xml.hasError())
        return xmlError(part, xml);
    return rows;
}

} // namespace

Result<SheetTable> readXlsx(const QByteArray &bytes, const QString &sheetName)
{
    Package zip(bytes);
    if (auto s = zip.open(); !s)
        return s.error();
    auto rootRels = readRels(zip, QStringLiteral("_rels/.rels"), QString());
    if (!rootRels)
        return rootRels.error();
    const QString workbookPart =
        findRel(rootRels.value(), QStringLiteral("officeDocument"), QStringLiteral("xl/workbook.xml"));
    const QString dir = workbookPart.left(workbookPart.lastIndexOf(u'/') + 1);
    auto workbook = zip.read(workbookPart);
    if (!workbook)
        return workbook.error();

    QList<WorkbookSheet> sheets;
    bool date1904 = false;
    QXmlStreamReader xml(workbook.value());
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto a = xml.attributes();
        if (xml.name() == QLatin1String("workbookPr")) {
            const auto v = a.value(QLatin1String("date1904"));
            date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet")) {
            WorkbookSheet s;
            s.name = a.value(QLatin1String("name")).toString();
            for (const QXmlStreamAttribute &attr : a) {
                if (attr.name() == QLatin1String("id") && attr.namespaceUri().contains(QLatin1String("relationships")))
                    s.relId = attr.value().toString();
            }
            s.visible = a.value(QLatin1String("state")).isEmpty() ||
                        a.value(QLatin1String("state")) == QLatin1String("visible");
            sheets.append(s);
        }
    }
    if (xml.hasError())
        return xmlError(workbookPart, xml);

    QStringList names;
    QList<bool> visible;
    for (const WorkbookSheet &s : sheets) {
        names.append(s.name);
        visible.append(s.visible);
    }
    Error missing;
    const int index = pickSheet(names, visible, sheetName, &missing);
    if (index < 0)
        return missing;

    const QString relsPart = dir + QStringLiteral("_rels/") + workbookPart.mid(dir.size()) + QStringLiteral(".rels");
    auto rels = readRels(zip, relsPart, dir.chopped(dir.isEmpty() ? 0 : 1));
    if (!rels)
        return rels.error();
    const auto sheetRel = rels->constFind(sheets.at(index).relId);
    if (sheetRel == rels->cend())
        return damaged(ErrorCode::Xlsx, Tr::tr("the worksheet %1 has no part").arg(sheets.at(index).name));
    auto shared = readSharedStrings(
        zip, findRel(rels.value(), QStringLiteral("sharedStrings"), dir + QStringLiteral("sharedStrings.xml")));
    if (!shared)
        return shared.error();
    auto styles =
        readDateStyles(zip, findRel(rels.value(), QStringLiteral("styles"), dir + QStringLiteral("styles.xml")));
    if (!styles)
        return styles.error();
    auto rows = readRows(zip, sheetRel->target, CellContext{shared.value(), styles.value(), date1904});
    if (!rows)
        return rows.error();
    return SheetTable{sheets.at(index).name, std::move(rows).value()};
}

} // namespace certdesk::sheetdetail
