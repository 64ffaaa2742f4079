#pragma once

#include <QLocale>
#include <QString>

namespace certdesk {

// Installs CertDesk's and Qt's own translations for `locale` (zh_CN for any Chinese locale, else English).
// Returns the language used ("zh_CN" or "en").
QString installTranslations(const QLocale &locale);

} // namespace certdesk
