#pragma once

// Finds English that a zh_CN screen or message should not show: the words a translation did not reach (a wrong
// translation context, a string outside tr(), a catalogue the program never loaded). Header-only: the county
// tests (which cannot link the SQLCipher test support library) use it too.

#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

namespace certdesk::test {

// Words that stay as they are in the Chinese UI: names, acronyms, keys, formats.
inline const QSet<QString> &zhAllowedWords()
{
    static const QSet<QString> words{
        QStringLiteral("CertDesk"),
        QStringLiteral("PC"),
        QStringLiteral("SC"),
        QStringLiteral("QR"),
        QStringLiteral("PDF"),
        QStringLiteral("CSV"),
        QStringLiteral("ID"),
        QStringLiteral("PNG"),
        QStringLiteral("JSON"),
        QStringLiteral("UTF"),
        QStringLiteral("GB"),
        QStringLiteral("GBK"),
        QStringLiteral("SAM"),
        QStringLiteral("PSAM"),
        QStringLiteral("PIN"),
        QStringLiteral("HTTP"),
        QStringLiteral("HTTPS"),
        QStringLiteral("URL"),
        QStringLiteral("USB"),
        QStringLiteral("TLS"),
        QStringLiteral("CA"),
        QStringLiteral("IP"),
        QStringLiteral("OK"),
        QStringLiteral("Enter"),
        QStringLiteral("Esc"),
        QStringLiteral("Tab"),
        QStringLiteral("Ctrl"),
        QStringLiteral("Shift"),
        QStringLiteral("Alt"),
        QStringLiteral("MM"),
        QStringLiteral("DD"),
        QStringLiteral("YYYY"),
        QStringLiteral("PostgreSQL"),
        QStringLiteral("MB"),
        QStringLiteral("KB"),
        QStringLiteral("mm"),
        QStringLiteral("csv"), // file name extensions
        QStringLiteral("pdf"),
        QStringLiteral("xlsx"),
        QStringLiteral("GA"),  // GA 467, the standard of the ID card readers
        QStringLiteral("STX"), // the control characters a scanner sends, by their ASCII names
        QStringLiteral("ETX"),
        QStringLiteral("GS"),
        QStringLiteral("RS"),
        QStringLiteral("pcscd"),   // the PC/SC daemon's program name, as the admin types it
        QStringLiteral("English"), // the language choice names each language in itself
        QStringLiteral("postgresql"),
        QStringLiteral("PGPASSFILE"),
        QStringLiteral("SQLCipher"),
        QStringLiteral("PKCS"),
        QStringLiteral("Excel"),
        QStringLiteral("WPS"),
        QStringLiteral("Unicode"),
        QStringLiteral("BOM"),
        QStringLiteral("certdesk"),
        QStringLiteral("admin"),
        QStringLiteral("county"),
        QStringLiteral("NO"),
        QStringLiteral("DIR"),
        QStringLiteral("CODE"),
        QStringLiteral("DATE"),
        QStringLiteral("FILE"),
        QStringLiteral("PORT"),
        QStringLiteral("NAME"),
        QStringLiteral("help"),
        QStringLiteral("json"),
        // product names, and the example account name of the accounts tab (pinyin)
        QStringLiteral("Windows"),
        QStringLiteral("Linux"),
        QStringLiteral("wangfang"),
        // command words the Chinese messages name as they are typed
        QStringLiteral("init"),
        QStringLiteral("enroll"),
        QStringLiteral("serve"),
        QStringLiteral("sync"),
    };
    return words;
}

// The English words of `text` that are neither allowed nor in `extra` (user names, codes of the fixture).
// Paths, URLs, options (--data) and rich-text tags are not words.
inline QStringList englishWords(QString text, const QSet<QString> &extra = {})
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression entities(QStringLiteral("&[a-z]+;|&#\\d+;"));
    static const QRegularExpression pathsAndOptions(
        QStringLiteral("\\S*[/\\\\@]\\S*|--?[a-z][a-z-]*|%\\d|\\S+\\.\\w+"));
    // Letters glued to digits are codes (form numbers YD2026000001, center codes), not words.
    static const QRegularExpression words(QStringLiteral("(?<![A-Za-z0-9_])[A-Za-z]{2,}(?![A-Za-z0-9_])"));
    // Quoted text is a literal (a JSON member, a typed character, a file's own words), not a sentence.
    static const QRegularExpression quoted(QStringLiteral("“[^”]*”|\"[^\"]*\"|'[^']*'|「[^」]*」"));
    text.remove(tags);
    text.remove(quoted);
    text.remove(entities);
    text.replace(pathsAndOptions, QStringLiteral(" "));
    QStringList out;
    auto it = words.globalMatch(text);
    while (it.hasNext()) {
        const QString w = it.next().captured();
        if (!zhAllowedWords().contains(w) && !extra.contains(w))
            out << w;
    }
    return out;
}

inline bool hasChinese(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

} // namespace certdesk::test
