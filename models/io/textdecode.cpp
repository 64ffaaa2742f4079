#include "io/textdecode.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace certdesk {

namespace {

// The translation context of this file's messages (lupdate files them under it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TextDecode)
};

} // namespace

namespace {

bool startsWithUtf8Bom(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF");
}

bool startsWithUtf16Bom(const QByteArray &bytes)
{
    return bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
}

// QStringDecoder only says *that* something was wrong; the clerk fixing the file needs to know *where*.
qsizetype firstInvalidUtf8Offset(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte (excludes overlongs, surrogates)
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        if (p[i + 1] < lo || p[i + 1] > hi)
            return i;
        for (int k = 2; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += len;
    }
    return -1;
}

// Stateless: a truncated multi-byte sequence at the very end must count as an error, not be held back
// waiting for more input that never comes.
bool tryUtf8(const QByteArray &bytes, QString *out)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return false;
    *out = std::move(text);
    return true;
}

Result<QString> decodeGb18030(const QByteArray &bytes)
{
    QStringDecoder decoder("GB18030", QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return Error::internal(Tr::tr("GB18030 decoding is not available"));
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return Error::invalid(ErrorCode::Encoding, Tr::tr("The file is neither valid UTF-8 nor valid "
                                                          "GB18030 text."));
    }
    // ICU hands the GB18030 form of U+FEFF (84 31 95 33) through instead of dropping it.
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

Error utf16Error()
{
    return Error::invalid(ErrorCode::Encoding, Tr::tr("The file is UTF-16 (\"Unicode text\"); save it as "
                                                      "CSV in UTF-8 or GB18030 instead."));
}

} // namespace

bool encodingFromName(const QString &name, TextEncoding *out)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("auto"))
        *out = TextEncoding::Auto;
    else if (n == QLatin1String("utf-8") || n == QLatin1String("utf8"))
        *out = TextEncoding::Utf8;
    else if (n == QLatin1String("gb18030"))
        *out = TextEncoding::Gb18030;
    else
        return false;
    return true;
}

Result<QString> decodeText(const QByteArray &bytes, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto: {
        if (startsWithUtf16Bom(bytes))
            return utf16Error();
        QString text;
        if (tryUtf8(bytes, &text)) // also covers a UTF-8 BOM, which the decoder drops
            return text;
        if (startsWithUtf8Bom(bytes)) {
            return Error::invalid(ErrorCode::Encoding, Tr::tr("The file starts with a UTF-8 byte order "
                                                              "mark but is not valid UTF-8 (first bad "
                                                              "byte at offset %1).")
                                                           .arg(firstInvalidUtf8Offset(bytes)));
        }
        return decodeGb18030(bytes);
    }
    case TextEncoding::Utf8: {
        QString text;
        if (tryUtf8(bytes, &text))
            return text;
        return Error::invalid(ErrorCode::Encoding, Tr::tr("The file is not valid UTF-8 (first bad byte "
                                                          "at offset %1); it may be GB18030.")
                                                       .arg(firstInvalidUtf8Offset(bytes)));
    }
    case TextEncoding::Gb18030:
        // Such a file decodes "successfully" as GB18030 into nonsense, so the BOM is the only
        // reliable sign that the forced encoding is wrong.
        if (startsWithUtf8Bom(bytes)) {
            return Error::invalid(ErrorCode::Encoding, Tr::tr("The file starts with a UTF-8 byte order "
                                                              "mark; it is not GB18030."));
        }
        if (startsWithUtf16Bom(bytes))
            return utf16Error();
        return decodeGb18030(bytes);
    }
    return Error::internal(QStringLiteral("unknown text encoding"));
}

} // namespace certdesk
