#include "samidentity.h"

namespace certdesk {

CardType cardTypeFromLayout(sam::TextLayout layout)
{
    switch (layout) {
    case sam::TextLayout::Resident:
        return CardType::ResidentId;
    case sam::TextLayout::HkMoTw:
        return CardType::HkMoTwResidence;
    case sam::TextLayout::Foreign2017:
        return CardType::ForeignPermanent2017;
    case sam::TextLayout::Foreign2023:
        return CardType::ForeignPermanent2023;
    }
    return CardType::Unknown;
}

CardIdentity identityFromSamText(const sam::CardText &text, const QString &source)
{
    CardIdentity id;
    id.cardType = cardTypeFromLayout(text.layout);
    id.method = IdentityMethod::IdCard;
    id.source = source;
    id.englishName = text.englishName;
    id.name = text.name.isEmpty() ? text.englishName : text.name;
    id.sex = text.sex();
    switch (text.layout) {
    case sam::TextLayout::Resident:
        // An unknown code is shown as read rather than dropped: the clerk compares it with the card.
        id.nation = text.nation().isEmpty() ? text.nationCode : text.nation();
        break;
    case sam::TextLayout::HkMoTw:
        break;
    case sam::TextLayout::Foreign2017:
    case sam::TextLayout::Foreign2023:
        id.nation = text.nationality;
        break;
    }
    id.birth = text.birth();
    id.address = text.address;
    id.idNo = text.idNo;
    id.issuer = text.issuer;
    id.validFrom = text.validFrom();
    id.validTo = text.validTo();
    id.validToLongTerm = text.validToLongTerm();
    return id;
}

} // namespace certdesk
