#include "scannerdetector.h"

namespace certdesk {

ScannerDetector::ScannerDetector(std::function<qint64()> msecs, QObject *parent)
    : QObject(parent), m_msecs(std::move(msecs))
{
}

bool ScannerDetector::eventFilter(QObject *watched, QEvent *event)
{
    return QObject::eventFilter(watched, event);
}

} // namespace certdesk
