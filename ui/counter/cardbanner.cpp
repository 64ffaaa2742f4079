#include "cardbanner.h"

#include "counterstyle.h"

namespace certdesk {

using namespace counterstyle;

CardBanner::CardBanner(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("presentedCard"));
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setPointSize(this, kValuePt);
    clearCard();
}

void CardBanner::showCard(const CardIdentity &card, const QDate &today)
{
    const QString kind = card.cardType == CardType::SocialSecurity ? tr("Social security card (社会保障卡)")
                                                                   : tr("ID card chip (身份证芯片)");
    QString validity;
    if (card.validToLongTerm)
        validity = tr("valid long-term (长期)");
    else if (card.validTo.isValid())
        validity = tr("valid to %1").arg(card.validTo.toString(Qt::ISODate));
    const bool isExpired = card.isExpiredOn(today);
    QStringList parts{QStringLiteral("<b>%1</b>").arg(card.name.toHtmlEscaped()), kind};
    if (!validity.isEmpty())
        parts << validity;
    if (isExpired)
        parts << QStringLiteral("<b>%1</b>").arg(tr("⚠ CARD EXPIRED (证件已过期)"));
    setText(tr("Card read: %1").arg(parts.join(QStringLiteral(" · "))));
    setTone(this, isExpired ? Tone::Warning : Tone::Success);
    setProperty("expired", isExpired);
    show();
}

void CardBanner::clearCard()
{
    clear();
    clearTone(this);
    setProperty("expired", false);
    hide();
}

} // namespace certdesk
