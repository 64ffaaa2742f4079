#include "stationprefs.h"

#include <QPrinter>
#include <QSettings>
#include <QUrl>

namespace certdesk::stationprefs {

namespace {

QSettings store()
{
    return QSettings(QStringLiteral("CertDesk"), QStringLiteral("certdesk"));
}

QString offsetKey(const QString &printerName)
{
    // A printer name may hold '/' (a QSettings group separator) or spaces.
    const QString name =
        printerName.isEmpty() ? QStringLiteral("default") : QString::fromLatin1(QUrl::toPercentEncoding(printerName));
    return QStringLiteral("printing/overlay_offset/") + name;
}

QPointF parseOffset(const QString &text, bool *ok)
{
    const QStringList parts = text.split(QLatin1Char(','));
    bool okX = false, okY = false;
    const QPointF p(parts.value(0).toDouble(&okX), parts.value(1).toDouble(&okY));
    *ok = parts.size() == 2 && okX && okY;
    return p;
}

} // namespace

QPointF overlayOffset(const QString &printerName)
{
    const QSettings s = store();
    bool ok = false;
    const QPointF own = parseOffset(s.value(offsetKey(printerName)).toString(), &ok);
    if (ok)
        return own;
    const QPointF fallback = parseOffset(s.value(offsetKey(QString())).toString(), &ok);
    return ok ? fallback : QPointF();
}

void setOverlayOffset(const QString &printerName, const QPointF &offsetMm)
{
    store().setValue(offsetKey(printerName),
                     QStringLiteral("%1,%2").arg(offsetMm.x(), 0, 'f', 1).arg(offsetMm.y(), 0, 'f', 1));
}

QString printerOf(QPagedPaintDevice &device)
{
    auto *printer = dynamic_cast<QPrinter *>(&device);
    if (!printer || printer->outputFormat() != QPrinter::NativeFormat)
        return QString();
    return printer->printerName();
}

ScanFraming scanFraming()
{
    const QSettings s = store();
    return {s.value(QStringLiteral("scanner/prefix")).toString().left(1),
            s.value(QStringLiteral("scanner/suffix")).toString().left(1)};
}

void setScanFraming(const ScanFraming &framing)
{
    QSettings s = store();
    s.setValue(QStringLiteral("scanner/prefix"), framing.prefix.left(1));
    s.setValue(QStringLiteral("scanner/suffix"), framing.suffix.left(1));
}

} // namespace certdesk::stationprefs
