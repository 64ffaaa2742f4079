// CounterPage, third part: what the identity sources report. A card laid on a reader and an ID number typed by the
// keyboard-wedge scanner take the same path (same lookup of the person's pending forms); a chip adds what it says
// and how the identity was checked.

#include "counterpage.h"

#include "cardbanner.h"
#include "lookupbar.h"
#include "readerhub.h"
#include "theme/theme.h"

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
    theme::setTone(m_readerStatus, m_readers->anyError() ? theme::Tone::Error : theme::Tone::Muted);
}

void CounterPage::cardPlaced(const CardIdentity &card)
{
    // Locked, or a dialog waits for an answer: the card must not change the person under it. Nothing is kept.
    if (!m_session || QApplication::activeModalWidget())
        return;
    const bool chip = card.method != IdentityMethod::Manual;
    const std::optional<CardIdentity> before = m_visit.card();
    const bool chipBefore = before && before->method != IdentityMethod::Manual;
    if (!chip && chipBefore && !m_visit.done() && before->idNo == card.idNo) {
        // The chip already gave this number: scanning it adds nothing and must not undo the chip's check.
        lookupId();
        return;
    }
    // A new identity after a finished visit, or a different person's card, starts over. A scanned number keeps the
    // form already found: it is compared with it, and a wrong one is shown as a mismatch.
    if (m_visit.done() || (chip && before && before->idNo != card.idNo))
        nextPerson();
    Q_EMIT cardTaken();
    m_visit.cardPresented(card);
    m_lookup->setId(card.idNo);
    m_visit.setMethod(IdentityMethod::Manual);
    lookupId();
    // lookupId may have reset the screen; the card stays the presented identity.
    m_visit.cardPresented(card);
    if (!chip) {
        m_cardBanner->clearCard(); // no chip data to show; a previous card's must not stay
        return;
    }
    m_cardBanner->showCard(*m_visit.card(), today());
    if (card.isExpiredOn(today())) {
        // An expired document proves less than a valid one: the chip read does not count as the check, the clerk
        // compares by eye and the record says "manual".
        say(tr("This card expired on %1. Ask for a valid document or compare the photo with care; the "
               "certification will record the identity as checked by eye (manual).")
                .arg(card.validTo.toString(Qt::ISODate)),
            Tone::Warning);
        return;
    }
    m_visit.setMethod(card.method);
}

} // namespace certdesk
