#pragma once

// Spreadsheet fixtures built by the tests themselves: .xlsx parts zipped with minizip (every kind of cell Excel and
// WPS write), .xls through Debian's python3-xlwt (tests/support/make-xls.py), and the OLE2 container of an Excel
// file encrypted with a password.

#include <minizip/unzip.h>
#include <minizip/zip.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QtEndian>

namespace certdesk::test {

// A cell of a hand-built worksheet: text (shared string), inline text, a number, or a date-formatted number.
struct XCell
{
    enum Kind
    {
        Shared,
        Inline,
        Number,
        Date
    } kind = Shared;
    QString text; // Shared/Inline: the text; Number/Date: the <v> value as Excel writes it
};

inline XCell s(const QString &t)
{
    return {XCell::Shared, t};
}
inline XCell inl(const QString &t)
{
    return {XCell::Inline, t};
}
inline XCell n(const QString &v)
{
    return {XCell::Number, v};
}
inline XCell d(const QString &serial)
{
    return {XCell::Date, serial};
}

struct XSheet
{
    QString name;
    QList<QList<XCell>> rows; // rows[i] is row i + 1 + skip
    bool hidden = false;
    int skip = 0; // empty rows above the first
};

inline QByteArray zipParts(const QMap<QString, QByteArray> &parts)
{
    QTemporaryDir dir;
    const QByteArray path = dir.filePath(QStringLiteral("parts.zip")).toLocal8Bit();
    zipFile zip = zipOpen64(path.constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return {};
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        zip_fileinfo info{};
        if (zipOpenNewFileInZip64(zip, it.key().toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                  Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0) != ZIP_OK ||
            zipWriteInFileInZip(zip, it.value().constData(), unsigned(it.value().size())) != ZIP_OK ||
            zipCloseFileInZip(zip) != ZIP_OK) {
            zipClose(zip, nullptr);
            return {};
        }
    }
    if (zipClose(zip, nullptr) != ZIP_OK)
        return {};
    QFile file(QString::fromLocal8Bit(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// One part of a zip; empty when it is not there.
inline QByteArray unzipPart(const QByteArray &zipBytes, const QString &name)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("in.zip")));
    if (!file.open(QIODevice::WriteOnly) || file.write(zipBytes) != zipBytes.size())
        return {};
    file.close();
    unzFile zip = unzOpen64(file.fileName().toLocal8Bit().constData());
    QByteArray out;
    if (zip && unzLocateFile(zip, name.toUtf8().constData(), 1) == UNZ_OK && unzOpenCurrentFile(zip) == UNZ_OK) {
        char buffer[4096];
        int n = 0;
        while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
            out.append(buffer, n);
        unzCloseCurrentFile(zip);
    }
    if (zip)
        unzClose(zip);
    return out;
}

inline QString xmlEscape(const QString &t)
{
    return t.toHtmlEscaped();
}

inline QString columnName(int c)
{
    QString name;
    for (++c; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

// A workbook as Excel writes it: shared strings (the first one as two rich-text runs plus a phonetic guide),
// a styles part whose cellXfs entry 1 is the built-in date format 14, optional 1904 date system.
inline QByteArray makeXlsx(const QList<XSheet> &sheets, bool date1904 = false)
{
    QMap<QString, QByteArray> parts;
    QStringList shared;
    QString sheetList, rels, types;
    for (int i = 0; i < sheets.size(); ++i) {
        const XSheet &sh = sheets.at(i);
        QString data;
        for (int r = 0; r < sh.rows.size(); ++r) {
            data += QStringLiteral("<row r=\"%1\">").arg(r + 1 + sh.skip);
            for (int c = 0; c < sh.rows[r].size(); ++c) {
                const XCell &cell = sh.rows[r][c];
                const QString ref = columnName(c) + QString::number(r + 1 + sh.skip);
                switch (cell.kind) {
                case XCell::Shared: {
                    if (cell.text.isEmpty())
                        continue;
                    qsizetype idx = shared.indexOf(cell.text);
                    if (idx < 0) {
                        shared.append(cell.text);
                        idx = shared.size() - 1;
                    }
                    data += QStringLiteral("<c r=\"%1\" t=\"s\"><v>%2</v></c>").arg(ref).arg(idx);
                    break;
                }
                case XCell::Inline:
                    data += QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is><t>%2</t></is></c>")
                                .arg(ref, xmlEscape(cell.text));
                    break;
                case XCell::Number:
                    data += QStringLiteral("<c r=\"%1\"><v>%2</v></c>").arg(ref, cell.text);
                    break;
                case XCell::Date:
                    data += QStringLiteral("<c r=\"%1\" s=\"1\"><v>%2</v></c>").arg(ref, cell.text);
                    break;
                }
            }
            data += QStringLiteral("</row>");
        }
        parts.insert(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
                     QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                                    "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                    "<sheetData>%1</sheetData></worksheet>")
                         .arg(data)
                         .toUtf8());
        sheetList += QStringLiteral("<sheet name=\"%1\" sheetId=\"%2\" r:id=\"rId%2\"%3/>")
                         .arg(xmlEscape(sh.name))
                         .arg(i + 1)
                         .arg(sh.hidden ? QStringLiteral(" state=\"hidden\"") : QString());
        rels += QStringLiteral("<Relationship Id=\"rId%1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                               "2006/relationships/worksheet\" Target=\"worksheets/sheet%1.xml\"/>")
                    .arg(i + 1);
    }
    QString sst;
    for (int i = 0; i < shared.size(); ++i) {
        const QString t = xmlEscape(shared.at(i));
        if (i == 0 && t.size() > 1) // rich text: two runs and a phonetic guide that is not part of the value
            sst += QStringLiteral("<si><r><t>%1</t></r><r><rPr><b/></rPr><t>%2</t></r><rPh sb=\"0\" eb=\"1\"><t>ピ</t>"
                                  "</rPh></si>")
                       .arg(t.left(1), t.mid(1));
        else
            sst += QStringLiteral("<si><t xml:space=\"preserve\">%1</t></si>").arg(t);
    }
    const QString ns = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
    parts.insert(
        QStringLiteral("xl/sharedStrings.xml"),
        QStringLiteral("<sst xmlns=\"%1\" count=\"%2\">%3</sst>").arg(ns).arg(shared.size()).arg(sst).toUtf8());
    parts.insert(
        QStringLiteral("xl/styles.xml"),
        QStringLiteral("<styleSheet xmlns=\"%1\"><cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
                       "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>"
                       "</cellXfs></styleSheet>")
            .arg(ns)
            .toUtf8());
    parts.insert(
        QStringLiteral("xl/workbook.xml"),
        QStringLiteral("<workbook xmlns=\"%1\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                       "relationships\"><workbookPr%2/><sheets>%3</sheets></workbook>")
            .arg(ns, date1904 ? QStringLiteral(" date1904=\"1\"") : QString(), sheetList)
            .toUtf8());
    rels += QStringLiteral("<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                           "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                           "<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                           "relationships/styles\" Target=\"/xl/styles.xml\"/>");
    const QString relNs = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
    parts.insert(QStringLiteral("xl/_rels/workbook.xml.rels"),
                 QStringLiteral("<Relationships xmlns=\"%1\">%2</Relationships>").arg(relNs, rels).toUtf8());
    parts.insert(QStringLiteral("_rels/.rels"),
                 QStringLiteral("<Relationships xmlns=\"%1\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                                "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                                "Target=\"xl/workbook.xml\"/></Relationships>")
                     .arg(relNs)
                     .toUtf8());
    parts.insert(QStringLiteral("[Content_Types].xml"),
                 QByteArrayLiteral("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
    return zipParts(parts);
}

// A text-only sheet from rows of strings.
inline XSheet textSheet(const QString &name, const QList<QStringList> &rows)
{
    XSheet sheet{name, {}};
    for (const QStringList &row : rows) {
        QList<XCell> cells;
        for (const QString &v : row)
            cells.append(s(v));
        sheet.rows.append(cells);
    }
    return sheet;
}

// .xls through python3-xlwt. A cell: a string (text), {"n": number}, {"date": "YYYY-MM-DD"}. Empty on failure
// (the caller QVERIFYs: a missing python3-xlwt fails the test).
inline QByteArray makeXls(const QJsonArray &sheets, bool password = false, QString *error = nullptr)
{
    QTemporaryDir dir;
    QFile spec(dir.filePath(QStringLiteral("spec.json")));
    if (!spec.open(QIODevice::WriteOnly))
        return {};
    spec.write(QJsonDocument(QJsonObject{{QStringLiteral("sheets"), sheets}, {QStringLiteral("password"), password}})
                   .toJson());
    spec.close();
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral(CERTDESK_MAKE_XLS), spec.fileName(), dir.filePath(QStringLiteral("out.xls"))});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QString::fromUtf8(p.readAllStandardError()) + p.errorString();
        return {};
    }
    QFile out(dir.filePath(QStringLiteral("out.xls")));
    return out.open(QIODevice::ReadOnly) ? out.readAll() : QByteArray();
}

// The container Excel writes for a file encrypted with a password (MS-OFFCRYPTO): an OLE2 compound file (version 3,
// 512-byte sectors) holding the streams EncryptionInfo and EncryptedPackage, 4096 bytes each (regular sectors).
inline QByteArray makeEncryptedOoxml()
{
    auto put32 = [](QByteArray &b, int at, quint32 v) { qToLittleEndian(v, b.data() + at); };
    auto put16 = [](QByteArray &b, int at, quint16 v) { qToLittleEndian(v, b.data() + at); };
    constexpr quint32 kEnd = 0xFFFFFFFE, kFree = 0xFFFFFFFF, kFatSect = 0xFFFFFFFD, kNone = 0xFFFFFFFF;
    QByteArray header(512, '\0');
    header.replace(0, 8, QByteArray::fromHex("D0CF11E0A1B11AE1"));
    put16(header, 24, 0x3E);
    put16(header, 26, 3);
    put16(header, 28, 0xFFFE);
    put16(header, 30, 9);
    put16(header, 32, 6);
    put32(header, 44, 1);      // one FAT sector
    put32(header, 48, 1);      // directory at sector 1
    put32(header, 56, 0x1000); // mini stream cutoff
    put32(header, 60, kEnd);
    put32(header, 68, kEnd);
    put32(header, 76, 0); // DIFAT[0]: the FAT is sector 0
    for (int i = 1; i < 109; ++i)
        put32(header, 76 + 4 * i, kFree);
    QByteArray fat(512, '\xFF');
    put32(fat, 0, kFatSect);
    put32(fat, 4, kEnd);
    for (int first : {2, 10}) {
        for (int s = first; s < first + 8; ++s)
            put32(fat, 4 * s, s == first + 7 ? kEnd : quint32(s + 1));
    }
    QByteArray dir(512, '\0');
    auto entry = [&](int index, const QString &name, quint8 type, quint32 right, quint32 child, quint32 start,
                     quint32 size) {
        const int at = index * 128;
        for (int i = 0; i < name.size(); ++i)
            put16(dir, at + 2 * i, name.at(i).unicode());
        put16(dir, at + 64, quint16(name.isEmpty() ? 0 : 2 * (name.size() + 1)));
        dir[at + 66] = char(type);
        dir[at + 67] = 1; // black
        put32(dir, at + 68, kNone);
        put32(dir, at + 72, right);
        put32(dir, at + 76, child);
        put32(dir, at + 116, start);
        put32(dir, at + 120, size);
    };
    entry(0, QStringLiteral("Root Entry"), 5, kNone, 1, kEnd, 0);
    entry(1, QStringLiteral("EncryptionInfo"), 2, 2, kNone, 2, 4096);
    entry(2, QStringLiteral("EncryptedPackage"), 2, kNone, kNone, 10, 4096);
    entry(3, QString(), 0, kNone, kNone, 0, 0);
    QByteArray info(4096, '\0');
    put16(info, 0, 4); // agile encryption, version 4.4
    put16(info, 2, 4);
    put32(info, 4, 0x40);
    QByteArray package(4096, '\x5A');
    return header + fat + dir + info + package;
}

} // namespace certdesk::test
