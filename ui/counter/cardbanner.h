#pragma once

#include "devices/identitysource.h"

#include <QLabel>

namespace certdesk {

// One line above the counter's centre: what the card reader read for the person presented (name, card type,
// validity), green when valid, amber with words when the card has expired. Hidden when no card was read.
class CardBanner : public QLabel
{
    Q_OBJECT

public:
    explicit CardBanner(QWidget *parent = nullptr);

    void showCard(const CardIdentity &card, const QDate &today);
    void clearCard();
    bool expired() const { return property("expired").toBool(); }
};

} // namespace certdesk
