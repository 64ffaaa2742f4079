#include "wedgescanner.h"

namespace certdesk {

WedgeScannerSource::WedgeScannerSource(std::function<QDate()> today, QObject *parent)
    : IdentitySource(parent), m_today(std::move(today))
{}

ScanPayload WedgeScannerSource::feed(const QString &payload)
{
    ScanPayload scan = classifyScan(payload, m_today()); // not const: returned (moved)
    if (scan.kind != ScanPayload::Kind::CitizenId || m_state == ReaderState::Absent)
        return scan;
    CardIdentity identity;
    identity.idNo = scan.idNo;
    // Only the number: the scanner cannot tell which document carried it nor whether that document is valid.
    identity.cardType = CardType::Unknown;
    identity.method = IdentityMethod::Manual;
    identity.source = kSource;
    setState(ReaderState::CardRead);
    Q_EMIT cardRead(identity);
    return scan;
}

void WedgeScannerSource::start()
{
    if (m_state == ReaderState::Absent)
        setState(ReaderState::Idle);
}

void WedgeScannerSource::stop()
{
    setState(ReaderState::Absent);
}

QString WedgeScannerSource::message() const
{
    switch (m_state) {
    case ReaderState::Absent:
        return tr("Scanned ID numbers are not taken");
    case ReaderState::CardRead:
        return tr("ID number scanned: compare the photo by eye");
    case ReaderState::Idle:
    case ReaderState::Error:
        break;
    }
    return tr("Ready for a scanned ID number");
}

QString WedgeScannerSource::deviceName() const
{
    return tr("Keyboard-wedge scanner");
}

void WedgeScannerSource::setState(ReaderState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(m_state, message());
}

} // namespace certdesk
