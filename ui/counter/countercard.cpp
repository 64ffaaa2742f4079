// CounterPage, third part: what the card readers report. A placed card is handled like a scanned ID number (same
// lookup of the person's pending forms), plus what the chip says and how the identity was checked.

#include "counterpage.h"

#include "cardbanner.h"
#include "lookupbar.h"
#include "readerhub.h"

#include <QApplication>
#include <QLabel>

namespace certdesk {

using namespace counterstyle;

void CounterPage::reloadReaders()
{
    m_readers->reload();
}

void CounterPage::showReaderStatus()
{
    m_readerStatus->setText(m_readers->statusText());
    m_readerStatus->setStyleSheet(m_readers->anyError() ? QStringLiteral("color:#8f1111;")
                                                        : QStringLiteral("color:#4a5a6a;"));
}

void CounterPage::cardPlaced(const CardIdentity &card)
{
    // Locked, or a dialog waits for an answer: the card must not change the person under it. Nothing is kept.
    if (!m_session || QApplication::activeModalWidget())
        return;
    if (m_done || (m_card && m_card->idNo != card.idNo))
        nextPerson(); // a new card after a finished visit, or a different person's card: start over
    Q_EMIT cardTaken();
    m_card = card;
    m_lookup->setId(card.idNo);
    m_method = IdentityMethod::Manual;
    lookupId();
    // lookupId may have reset the screen; the card stays the presented identity.
    m_card = card;
    m_cardBanner->showCard(*m_card, today());
    if (card.isExpiredOn(today())) {
        // An expired document proves less than a valid one: the chip read does not count as the check, the clerk
        // compares by eye and the record says "manual".
        say(tr("This card expired on %1. Ask for a valid document or compare the photo with care; the "
               "certification will record the identity as checked by eye (manual).")
                .arg(card.validTo.toString(Qt::ISODate)),
            Tone::Warning);
        return;
    }
    m_method = card.method;
}

} // namespace certdesk
