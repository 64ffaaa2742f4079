#pragma once

#include "domain/types.h"

#include <QDate>
#include <QObject>
#include <QString>

namespace certdesk {

// Which document a reader found on its surface.
enum class CardType
{
    ResidentId,           // 居民身份证
    HkMoTwResidence,      // 港澳台居民居住证
    ForeignPermanent2017, // 外国人永久居留身份证 (2017 layout)
    ForeignPermanent2023, // 外国人永久居留身份证 (2023 layout)
    SocialSecurity,       // 社会保障卡
    Unknown
};

QString cardTypeKey(CardType type); // "resident", "hkmotw", "foreign2017", "foreign2023", "sscard", "unknown"

// What a card says, exactly as read; fields a card type does not carry stay empty.
struct CardIdentity
{
    QString name;
    QString englishName; // foreigners' permanent residence cards (name then holds the Chinese name, or this)
    QChar sex;           // 'M' / 'F', or null when the card does not say
    QString nation;      // 民族 name (汉, 回, …) for resident cards; nationality code for foreigners' cards
    QDate birth;
    QString address;
    QString idNo;   // 公民身份号码 / 社会保障号码 / permit number
    QString issuer; // 签发机关
    QDate validFrom;
    QDate validTo; // invalid when the card reads 长期 (validToLongTerm)
    bool validToLongTerm = false;
    CardType cardType = CardType::Unknown;
    IdentityMethod method = IdentityMethod::IdCard; // IdCard for the SAM reader, SsCard for PC/SC
    QString source; // the device that read it: "/dev/ttyUSB0", the PC/SC reader name, "simulator", …

    bool isExpiredOn(const QDate &day) const { return !validToLongTerm && validTo.isValid() && validTo < day; }
};

// Where a reader stands, for the status line under the identity panel.
enum class ReaderState
{
    Absent,   // no device found / unplugged
    Idle,     // device ready, no card
    CardRead, // a card was read (see cardRead)
    Error     // a protocol or device error; message() says which, in the user's language
};

// One physical (or simulated) identity reader. Implementations poll or follow events on their own; every signal
// is emitted on the thread the object lives on. Reading the same card again only after it was removed.
class IdentitySource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~IdentitySource() override = default;

    virtual void start() = 0; // begin polling / following the device
    virtual void stop() = 0;
    virtual ReaderState state() const = 0;
    virtual QString message() const = 0; // human-readable status (tr()), never personal data
    virtual QString deviceName() const = 0;

Q_SIGNALS:
    void cardRead(const certdesk::CardIdentity &identity);
    void cardRemoved();
    void stateChanged(certdesk::ReaderState state, const QString &message);
};

} // namespace certdesk

Q_DECLARE_METATYPE(certdesk::CardIdentity)
