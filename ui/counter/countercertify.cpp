// CounterPage, second half: certifying (健在 / 不健在), the change of information that travels with it, the
// refusals and the supervisor override. The first half (counterpage.cpp) finds the form and the person.

#include "counteractions.h"
#include "counterpage.h"
#include "domain/account.h"
#include "infochangepanel.h"
#include "lookupbar.h"
#include "overridepanel.h"
#include "personpanel.h"
#include "services/session.h"

#include <QLabel>
#include <QPushButton>

namespace certdesk {

using namespace counterstyle;

void CounterPage::toggleChange()
{
    if (!m_change->isHidden()) {
        m_change->clear();
        say(tr("Change of information discarded."), Tone::Neutral);
        return;
    }
    m_change->open();
    say(tr("Fill in only what changed (信息变更); it is saved with the next F5 or F8. F6 again discards it."),
        Tone::Neutral);
}

void CounterPage::certify(bool alive, bool withOverride)
{
    if (!m_session || !m_visit.form())
        return;
    QWidget *badField = nullptr;
    if (const QString problem = m_change->problem(&badField); !problem.isEmpty()) {
        say(tr("Correct the change of information first: %1").arg(problem), Tone::Refusal);
        if (badField)
            badField->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!alive) {
        const QString formNo = m_visit.form()->form.formNo;
        const bool yes = m_context.prompter.confirm(
            this, tr("Record a death"),
            tr("Record that the person on form %1 has died (不健在)? This cannot be undone at the counter.")
                .arg(formNo));
        // The question waited in a nested event loop: the screen may have been locked or cleared meanwhile.
        if (!m_session || !m_visit.form() || m_visit.form()->form.formNo != formNo || m_visit.done())
            return;
        if (!yes) {
            say(tr("Nothing was recorded."), Tone::Neutral);
            return;
        }
    }
    CertifyRequest request;
    request.formNo = m_visit.form()->form.formNo;
    request.checkCode = m_visit.checkCode();
    request.presentedId = m_lookup->idText();
    request.alive = alive;
    request.method = m_visit.method();
    if (m_visit.card() && m_visit.card()->idNo == m_lookup->idText().trimmed().toUpper())
        request.presentedName = m_visit.card()->name; // the chip's name; typed numbers: compared with the form
    request.change = m_change->change();
    if (!withOverride) {
        submitCertification(request, false);
        return;
    }
    if (m_overrideCheck)
        return; // the supervisor's password is being checked already
    request.overrideBy = m_override->user();
    request.overrideReason = m_override->reason();
    // PBKDF2 at a million iterations takes about a second: never on the GUI thread. The panel waits meanwhile.
    m_override->setEnabled(false);
    say(tr("Checking the supervisor's password…"), Tone::Neutral);
    m_overrideCheck = runInBackground(
        this,
        [dbPath = m_session->dbPath(), user = request.overrideBy, password = m_override->password(),
         &clock = m_context.clock](JobControl &) {
            return CertificationService::approveOverride(dbPath, user, password, clock);
        },
        [this, request, formNo = m_visit.form()->form.formNo](Result<OverrideApproval> approval) mutable {
            m_overrideCheck = nullptr;
            m_override->setEnabled(true);
            // The screen may have been locked or cleared while the password was checked.
            if (!m_session || !m_visit.form() || m_visit.form()->form.formNo != formNo || m_visit.done())
                return;
            if (!approval) {
                refused(approval.error(), true);
                return;
            }
            request.overrideApproval = approval.value();
            submitCertification(request, true);
        });
}

void CounterPage::submitCertification(const CertifyRequest &request, bool withOverride)
{
    auto record = CertificationService(*m_session).certify(request);
    if (!record)
        refused(record.error(), withOverride);
    else
        certified(record.value());
}

void CounterPage::refused(const Error &error, bool withOverride)
{
    say(error.message, Tone::Refusal);
    if (withOverride) {
        m_override->showError(error.message);
        return;
    }
    if (error.code == ErrorCode::DeathNotice) {
        m_overrideButton->show();
        m_overrideButton->setFocus(Qt::OtherFocusReason);
    } else if (error.field == ErrorField::IdNumber) { // the cursor goes back to the ID field
        m_lookup->focusId();
    }
}

void CounterPage::certified(const CertificationRecord &record)
{
    const QString name = m_visit.form()->form.person.name;
    const bool changed = !record.change.isEmpty();
    const bool overridden = !record.overrideBy.isEmpty();
    m_override->clear();
    m_overrideButton->hide();
    m_change->clear();
    // Show the stored state (status line, certified mark) rather than guessing it.
    FormView stored = *m_visit.form();
    if (auto fresh = CertificationService(*m_session).lookupForm(stored.form.formNo, m_visit.checkCode()); fresh)
        stored = fresh.value();
    m_visit.certified(record, stored);
    {
        m_person->showForm(*m_visit.form(), today());
        m_person->setPresented(m_lookup->presentedId());
    }
    QString text = record.alive ? tr("✓ Recorded: %1 is ALIVE (健在) for %2.").arg(name).arg(record.cycle)
                                : tr("✓ Recorded: %1 is DECEASED (不健在) for %2.").arg(name).arg(record.cycle);
    if (changed)
        text += QLatin1Char(' ') + tr("The change of information was saved with it.");
    if (overridden)
        text += QLatin1Char(' ') + tr("Override by %1.").arg(record.overrideBy);
    text += QLatin1Char(' ') + paperAdvice(record);
    text += QLatin1Char(' ') + tr("Press F12 for the next person.");
    say(text, Tone::Success);
    updateButtons();
    m_lookup->focusForm();
    Q_EMIT recordsChanged();
}

void CounterPage::openOverride()
{
    if (!m_visit.form() || !m_session)
        return;
    m_overrideButton->hide();
    m_override->open();
    updateButtons();
    say(tr("A supervisor checks the person in front of you, then types their own account, password and a reason."),
        Tone::Warning);
}

} // namespace certdesk
