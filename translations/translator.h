#pragma once

#include <QLocale>
#include <QString>

namespace certdesk {

// Installs CertDesk's and Qt's own translations for `locale` (zh_CN for any Chinese locale, else English).
// Returns the language used ("zh_CN" or "en").
QString installTranslations(const QLocale &locale);

// The language this workstation starts in (issue 17 §3): `choice` as stored in its settings ("zh_CN", "en", or
// empty = automatic). Automatic is English only when the system locale is English (or the bare C/POSIX locale of
// a developer's shell), else Chinese: the counters are Chinese first.
QLocale startupLocale(const QString &choice, const QLocale &system);

} // namespace certdesk
