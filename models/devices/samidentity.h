#pragma once

#include "codec/samtext.h"
#include "devices/identitysource.h"

namespace certdesk {

// A decoded SAM text block as the identity the counter works with. Foreigners' cards: name is the Chinese name
// when the card carries one, else the English name; nation is the ISO 3166 nationality code.
CardIdentity identityFromSamText(const sam::CardText &text, const QString &source);
CardType cardTypeFromLayout(sam::TextLayout layout);

} // namespace certdesk
