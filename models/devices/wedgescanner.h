#pragma once

#include "devices/identitysource.h"
#include "domain/scanpayload.h"

#include <QDate>

#include <functional>

namespace certdesk {

// The keyboard-wedge scanner as an identity source. The scanner is a keyboard: it cannot be found, polled or
// asked anything, so this source is fed the complete payloads the UI's ScannerDetector recognised. A payload that
// is a valid citizen ID number is an identity presented, emitted as cardRead with method Manual (a scanned number
// is compared with the person by eye; no chip vouched for it), card type Unknown and source "scanner". Everything
// else (the form's QR code, a bare form number, a number failing its check, noise) is not an identity and is left
// to the caller, which gets the classification back so it classifies only once.
class WedgeScannerSource : public IdentitySource
{
    Q_OBJECT

public:
    static inline const QString kSource = QStringLiteral("scanner");

    explicit WedgeScannerSource(std::function<QDate()> today, QObject *parent = nullptr);

    // Emits cardRead (synchronously) for a citizen ID number while started; returns what the payload was.
    ScanPayload feed(const QString &payload);

    void start() override;
    void stop() override;
    ReaderState state() const override { return m_state; }
    QString message() const override;
    QString deviceName() const override;

private:
    void setState(ReaderState state);

    std::function<QDate()> m_today;
    ReaderState m_state = ReaderState::Absent;
};

} // namespace certdesk
