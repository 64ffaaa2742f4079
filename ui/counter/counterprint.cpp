// CounterPage, printing: onto the pensioner's original (套打, Ctrl+P), the whole form for a lost original (补发,
// Ctrl+Alt+P) and the pensioner's receipt (Ctrl+Shift+P) of the form on screen, through the context's PrintDriver
// (a print preview in the program).

#include "counterpage.h"
#include "lookupbar.h"
#include "services/session.h"

namespace certdesk {

using namespace counterstyle;

void CounterPage::print(printactions::Document document)
{
    if (!m_session || !m_visit.form() || !m_visit.form()->current)
        return;
    const QString uuid = m_visit.form()->current->uuid;
    using printactions::Document;
    const QString kind = document == Document::Overlay   ? QStringLiteral("overlay:")
                         : document == Document::Reissue ? QStringLiteral("reissue:")
                         : document == Document::Form    ? QStringLiteral("form:")
                                                         : QStringLiteral("receipt:");
    const QString key = kind + uuid;
    // The first print of a certification made at this visit is the original; anything else is 补打. A 补发 form is
    // always marked, with today's date; an overlay never carries a mark (only the agency's entries are printed).
    const bool reprint = m_visit.isReprint(key);
    const std::optional<QDate> reprintDate =
        reprint || document == Document::Reissue ? std::optional<QDate>(today()) : std::nullopt;
    const QString formNo = m_visit.form()->form.formNo;
    const Status s = printactions::printRecord(m_context, this, *m_session, uuid, document, reprintDate);
    // The preview is modal: the screen may have been locked or moved on to another person meanwhile.
    if (!m_session || !m_visit.form() || m_visit.form()->form.formNo != formNo)
        return;
    if (printactions::wasCancelled(s)) {
        say(tr("Printing cancelled. Ctrl+P prints onto the original, Ctrl+Alt+P the whole form (补发), "
               "Ctrl+Shift+P the receipt."),
            Tone::Neutral);
        return;
    }
    if (!s) {
        say(tr("Not printed: %1").arg(s.error().message), Tone::Refusal);
        return;
    }
    m_visit.printed(key);
    QString text;
    if (document == Document::Overlay)
        text = tr("Printed onto the original of form %1 (套打).").arg(formNo);
    else if (document == Document::Reissue)
        text = tr("Whole form %1 printed for a lost original (补发).").arg(formNo);
    else if (document == Document::Form)
        text = reprint ? tr("Form %1 reprinted (补打).").arg(formNo) : tr("Form %1 printed.").arg(formNo);
    else
        text = reprint ? tr("Receipt of form %1 reprinted (补打).").arg(formNo)
                       : tr("Receipt of form %1 printed.").arg(formNo);
    if (document == Document::Overlay)
        Q_EMIT recordsChanged(); // today's list shows the form as printed onto its original
    say(text + QLatin1Char(' ') + tr("Press F12 for the next person."), Tone::Success);
    m_lookup->focusForm();
}

} // namespace certdesk
