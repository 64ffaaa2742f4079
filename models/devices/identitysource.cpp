#include "identitysource.h"

namespace certdesk {

QString cardTypeKey(CardType type)
{
    switch (type) {
    case CardType::ResidentId:
        return QStringLiteral("resident");
    case CardType::HkMoTwResidence:
        return QStringLiteral("hkmotw");
    case CardType::ForeignPermanent2017:
        return QStringLiteral("foreign2017");
    case CardType::ForeignPermanent2023:
        return QStringLiteral("foreign2023");
    case CardType::SocialSecurity:
        return QStringLiteral("sscard");
    case CardType::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace certdesk
