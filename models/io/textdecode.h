#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace certdesk {

enum class TextEncoding
{
    Auto, // UTF-8 BOM → UTF-8; valid UTF-8 → UTF-8; otherwise GB18030 (Excel on Chinese Windows)
    Utf8,
    Gb18030
};

// "auto" | "utf-8" | "utf8" | "gb18030" (case-insensitive).
bool encodingFromName(const QString &name, TextEncoding *out);

// Decodes a whole file; a leading BOM is dropped. A forced encoding that does not fit
// (e.g. utf-8 on GB18030 bytes) is an Invalid error with code "encoding".
Result<QString> decodeText(const QByteArray &bytes, TextEncoding encoding);

} // namespace certdesk
