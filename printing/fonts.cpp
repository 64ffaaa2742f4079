#include "printing.h"

#include <QFile>
#include <QFontDatabase>
#include <QMutex>

namespace certdesk::printing {

namespace {

// Droid Sans Fallback first: Qt writes the PDF's ToUnicode map from the font's cmap, and Noto CJK maps common
// ideographs (一 人 日 月 …) from the Kangxi radical block too, so pdftotext would give back U+2F00… instead
// of U+4E00…. Droid's cmap has no such duplicates: the PDF text is exact (checked by tst_print_pdf).
struct Candidate
{
    const char *file;
    const char *family;
};
constexpr Candidate kCandidates[] = {
    {"/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", "Droid Sans Fallback"},
    {"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "Noto Sans CJK SC"},
};

QString loadFamily()
{
    for (const Candidate &c : kCandidates) {
        if (QFontDatabase::hasFamily(QString::fromLatin1(c.family)))
            return QString::fromLatin1(c.family);
        if (!QFile::exists(QString::fromLatin1(c.file)))
            continue;
        const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(c.file));
        if (id < 0)
            continue;
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        if (families.contains(QString::fromLatin1(c.family)))
            return QString::fromLatin1(c.family);
        if (!families.isEmpty())
            return families.first();
    }
    // Whatever fontconfig offers for Chinese; glyphs may then come from a substitute.
    const QStringList zh = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    return zh.isEmpty() ? QStringLiteral("Sans Serif") : zh.first();
}

} // namespace

QString cjkFamily()
{
    static QMutex mutex;
    static QString family;
    QMutexLocker lock(&mutex);
    if (family.isEmpty())
        family = loadFamily();
    return family;
}

} // namespace certdesk::printing
