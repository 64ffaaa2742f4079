// CounterPage, first half: composition, session and 下一位, scan routing and lookups by form or ID number.
// The second half (countercertify.cpp) certifies.

#include "counterpage.h"

#include "cardbanner.h"
#include "counteractions.h"
#include "devices/wedgescanner.h"
#include "domain/account.h"
#include "domain/scanpayload.h"
#include "infochangepanel.h"
#include "lookupbar.h"
#include "overridepanel.h"
#include "paperregisterpanel.h"
#include "personformsview.h"
#include "personpanel.h"
#include "readerhub.h"
#include "services/session.h"
#include "theme/theme.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace certdesk {

using namespace counterstyle;

CounterPage::CounterPage(UiContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_lookup(new LookupBar([this] { return today(); }, this)),
      m_center(new QStackedWidget(this)), m_hint(new QLabel(m_center)), m_person(new PersonPanel(m_center)),
      m_personForms(new PersonFormsView(m_center)), m_change(new InfoChangePanel(this)),
      m_actions(new CounterActions(this)), m_message(new QLabel(this)), m_overrideButton(new QPushButton(this)),
      m_override(new OverridePanel(this)), m_register(new PaperRegisterPanel(this)),
      m_readers(new ReaderHub(context.identitySources, this)), m_readerStatus(new QLabel(this)),
      m_cardBanner(new CardBanner(this)), m_scannerSource(new WedgeScannerSource([this] { return today(); }, this))
{
    setObjectName(QStringLiteral("counterPage"));
    m_hint->setObjectName(QStringLiteral("counterHint"));
    m_hint->setTextFormat(Qt::RichText);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    setPointSize(m_hint, kValuePt);
    theme::setTone(m_hint, theme::Tone::Muted);
    // The heading's size comes from the markup, its words and the steps from the catalogue (no CSS in tr()).
    m_hint->setText(
        QStringLiteral("<h2>%1</h2>%2")
            .arg(tr("Ready for the next person"),
                 tr("<p>1 · Scan the form's QR code or barcode — or type the form number and check code</p>"
                    "<p>2 · Scan or type the ID number of the card presented; compare the photo</p>"
                    "<p>3 · <b>F5</b> alive · <b>F8</b> deceased · <b>F6</b> change of information</p>"
                    "<p>4 · <b>Ctrl+P</b> print onto the original (套打) · <b>Ctrl+Shift+P</b> the receipt · "
                    "<b>Ctrl+Alt+P</b> whole form for a lost original (补发)</p>"
                    "<p>5 · <b>F12</b> next person</p>")));
    m_center->addWidget(m_hint);
    m_center->addWidget(m_person);
    m_center->addWidget(m_personForms);

    m_message->setObjectName(QStringLiteral("counterMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setPointSize(m_message, kMessagePt);
    // Two lines always fit: a refusal's next step must never be cut off.
    m_message->setMinimumHeight(QFontMetrics(m_message->font()).lineSpacing() * 2 + 28);
    m_overrideButton->setObjectName(QStringLiteral("overrideButton"));
    m_overrideButton->setText(tr("Supervisor override…\nF9"));
    setPointSize(m_overrideButton, kCaptionPt + 1.5, true);
    m_overrideButton->setMinimumHeight(56);
    m_overrideButton->hide();
    auto *overrideKey = new QShortcut(QKeySequence(Qt::Key_F9), m_overrideButton);
    connect(overrideKey, &QShortcut::activated, m_overrideButton, &QPushButton::click);
    compose();

    connect(m_lookup, &LookupBar::formLookupRequested, this, &CounterPage::lookupForm);
    connect(m_lookup, &LookupBar::idEntered, this, &CounterPage::lookupId);
    connect(m_lookup, &LookupBar::idChanged, this, [this] {
        m_person->setPresented(m_lookup->presentedId());
        if (m_visit.card() && m_lookup->idText().trimmed().toUpper() != m_visit.card()->idNo) {
            // The clerk typed over the number the chip gave: from now on it is compared by eye.
            m_visit.identityCleared();
            m_cardBanner->clearCard();
        }
    });
    connect(m_readers, &ReaderHub::cardRead, this, &CounterPage::cardPlaced);
    connect(m_scannerSource, &IdentitySource::cardRead, this, &CounterPage::cardPlaced);
    m_scannerSource->start();
    connect(m_readers, &ReaderHub::statusChanged, this, &CounterPage::showReaderStatus);
    connect(m_personForms, &PersonFormsView::chosen, this, &CounterPage::chooseForm);
    connect(m_actions, &CounterActions::aliveClicked, this, [this] { certify(true); });
    connect(m_actions, &CounterActions::deceasedClicked, this, [this] { certify(false); });
    connect(m_actions, &CounterActions::changeInfoClicked, this, &CounterPage::toggleChange);
    connect(m_actions, &CounterActions::nextClicked, this, &CounterPage::nextPerson);
    connect(m_actions, &CounterActions::printClicked, this, [this] { print(printactions::Document::Overlay); });
    connect(m_actions, &CounterActions::reissueClicked, this, [this] { print(printactions::Document::Reissue); });
    connect(m_actions, &CounterActions::receiptClicked, this, [this] { print(printactions::Document::Receipt); });
    connect(m_actions, &CounterActions::registerClicked, this, &CounterPage::openRegister);
    connect(m_actions, &CounterActions::retainClicked, this, &CounterPage::retainOriginal);
    connect(m_register, &PaperRegisterPanel::submitted, this, &CounterPage::registerPaper);
    connect(m_register, &PaperRegisterPanel::cancelled, this, &CounterPage::closeRegister);
    connect(m_overrideButton, &QPushButton::clicked, this, &CounterPage::openOverride);
    connect(m_override, &OverridePanel::submitted, this, [this] { certify(true, true); });
    connect(m_override, &OverridePanel::cancelled, this, [this] {
        updateButtons();
        say(tr("Override cancelled. Nothing was recorded."), Tone::Neutral);
    });
    setSession(nullptr);
    m_readers->reload();
}

QDate CounterPage::today() const
{
    return m_context.clock.today();
}

void CounterPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Signing in or coming back from another tab: the cursor belongs on the counter's next step.
    if (!m_session || isAncestorOf(QApplication::focusWidget()))
        return;
    if (m_visit.form())
        m_lookup->focusId();
    else
        m_lookup->focusForm();
}

void CounterPage::setSession(Session *session)
{
    m_session = session;
    nextPerson();
    setEnabled(session != nullptr);
    if (session && !roleAllows(session->account().role, Permission::Certify))
        say(tr("Your role can look forms up but not certify. Ask a clerk or supervisor to certify."), Tone::Warning);
}

void CounterPage::nextPerson()
{
    // Personal data leaves every widget: inputs, panel, list, change fields, override fields, message.
    m_override->clear();
    m_overrideButton->hide();
    m_register->clear();
    m_change->clear();
    m_person->clear();
    m_personForms->clear();
    m_lookup->clear();
    if (m_session)
        m_visit.next();
    else
        m_visit.lock();
    m_cardBanner->clearCard();
    m_center->setCurrentWidget(m_hint);
    say(m_session ? tr("Ready. Scan the form (QR code or barcode) or type its number.") : QString(), Tone::Neutral);
    updateButtons();
    if (m_session)
        m_lookup->focusForm();
}

void CounterPage::startFreshIfDone()
{
    if (m_visit.done())
        nextPerson();
}

void CounterPage::handleScan(const QString &payload)
{
    // A scan while a dialog waits for an answer (e.g. "record a death?") must not change the person under it.
    if (!m_session || QApplication::activeModalWidget())
        return;
    const ScanPayload scan = m_scannerSource->feed(payload);
    switch (scan.kind) {
    case ScanPayload::Kind::Empty:
        return;
    case ScanPayload::Kind::CertdeskQr:
        startFreshIfDone();
        m_lookup->setForm(scan.formNo, scan.checkCode);
        lookupForm();
        return;
    case ScanPayload::Kind::FormNumber:
        if (m_visit.form() && m_visit.form()->form.formNo == scan.formNo) {
            describeForm(); // the same form again: keep it
            return;
        }
        startFreshIfDone();
        m_visit.formLost();
        m_change->clear(); // another form: a change typed for the previous person must not follow
        m_override->clear();
        m_overrideButton->hide();
        m_person->clear();
        m_person->setPresented(m_lookup->presentedId());
        m_center->setCurrentWidget(m_hint);
        m_lookup->askCheckCode(scan.formNo);
        say(tr("Form %1 scanned. Type the check code (校验码) printed on the form and press Enter. "
               "A mail-back form (附表2) without a check code: just press Enter.")
                .arg(scan.formNo),
            Tone::Neutral);
        updateButtons();
        return;
    case ScanPayload::Kind::CitizenId:
        return; // an identity: the scanner's source has handed it to cardPlaced
    case ScanPayload::Kind::InvalidId:
        m_lookup->setId(payload.trimmed());
        m_lookup->showIdVerdict();
        m_lookup->focusId();
        say(tr("The ID number scanned is not valid: %1").arg(scan.error), Tone::Refusal);
        return;
    }
}

void CounterPage::lookupForm()
{
    if (!m_session)
        return;
    const QString formNo = m_lookup->formNo();
    const QString code = m_lookup->checkCode();
    if (formNo.isEmpty()) {
        say(tr("Scan the form or type its form number first."), Tone::Neutral);
        m_lookup->focusForm();
        return;
    }
    if (m_visit.done() && m_visit.form() && formNo != m_visit.form()->form.formNo) {
        // A new form typed after a finished certification: the previous person's ID must not stay.
        nextPerson();
        m_lookup->setForm(formNo, code);
    }
    m_override->clear();
    m_overrideButton->hide();
    auto found = CertificationService(*m_session).lookupForm(formNo, code);
    if (!found) {
        m_visit.formLost(found.error().code == ErrorCode::NoSuchForm ? formNo : QString());
        m_person->clear();
        m_center->setCurrentWidget(m_hint);
        updateButtons();
        QString text = found.error().message;
        if (!m_visit.missingFormNo().isEmpty())
            text += QLatin1Char(' ') + tr("A paper form the center has no data for (always so for a 附表2): press "
                                          "Ctrl+R to register it.");
        say(text, Tone::Refusal);
        m_lookup->focusCheckCode();
        return;
    }
    const bool sameForm = m_visit.form() && m_visit.form()->form.formNo == found->form.formNo;
    m_visit.formFound(found.value(), code);
    if (!sameForm)
        m_change->clear(); // a change typed for the previous person must not follow to this one
    m_person->showForm(*m_visit.form(), today());
    m_person->setPresented(m_lookup->presentedId());
    m_center->setCurrentWidget(m_person);
    updateButtons();
    describeForm();
    if (m_lookup->idText().isEmpty())
        m_lookup->focusId();
}

void CounterPage::describeForm()
{
    if (!m_visit.form())
        return;
    const FormView &v = *m_visit.form();
    // Most decisive first: a finished form, then a wrong person, then what needs a supervisor or the agency.
    if (v.certified)
        say(tr("This form is already certified for %1 (see Status). Press F12 for the next person.").arg(v.form.cycle),
            Tone::Warning);
    else if (m_person->idMismatch())
        say(tr("The ID presented is not the one on this form. Do not certify: the owner must come in person."),
            Tone::Refusal);
    else if (v.death)
        say(tr("Death notice match: check the person carefully. Certifying alive needs a supervisor's override; "
               "if the person has died, press F8."),
            Tone::Refusal);
    else if (!v.window.contains(today()))
        say(tr("Today is outside this form's certification window (%1 – %2): certification will be refused. "
               "Ask the supervisor or the insured-place agency.")
                .arg(v.window.from.toString(Qt::ISODate), v.window.to.toString(Qt::ISODate)),
            Tone::Warning);
    else if (m_visit.card() && m_visit.card()->isExpiredOn(today()))
        say(tr("The card presented expired on %1. Compare the photo with care; F5 / F8 record the identity as "
               "checked by eye (manual).")
                .arg(m_visit.card()->validTo.toString(Qt::ISODate)),
            Tone::Warning);
    else if (m_lookup->idText().isEmpty())
        say(tr("Form found. Scan or type the ID number of the card presented and compare the photo."), Tone::Neutral);
    else if (!m_lookup->presentedId())
        say(tr("The ID number presented is not valid yet: check it (shown next to the field)."), Tone::Warning);
    else
        say(tr("ID number matches. Compare the photo with the person, then F5 if alive or F8 if deceased."),
            Tone::Neutral);
}

void CounterPage::lookupId()
{
    if (!m_session)
        return;
    auto id = parseCitizenId(m_lookup->idText(), today());
    if (!id) {
        say(tr("The ID number presented is not valid: %1").arg(id.error().message), Tone::Refusal);
        m_lookup->focusId();
        return;
    }
    m_person->setPresented(id.value());
    m_visit.identityPresented(id->id, m_visit.method());
    if (m_visit.form()) {
        describeForm();
        return;
    }
    auto forms = CertificationService(*m_session).lookupById(id->id);
    if (!forms) {
        say(forms.error().message, Tone::Refusal);
        return;
    }
    QList<FormView> pending;
    for (const FormView &v : forms.value())
        if (!v.certified)
            pending.append(v);
    if (forms->isEmpty()) {
        m_center->setCurrentWidget(m_hint);
        say(tr("No form in this center's list belongs to this ID number. Ask for the paper form and scan it."),
            Tone::Warning);
        m_lookup->focusForm();
        return;
    }
    m_personForms->setForms(id->id, forms.value());
    m_center->setCurrentWidget(m_personForms);
    if (pending.size() == 1) {
        chooseForm(pending.first().form.formNo);
        return;
    }
    say(pending.isEmpty() ? tr("Every form of this ID number is already certified (see the list).")
                          : tr("This ID number has several pending forms: choose the one the person brought."),
        pending.isEmpty() ? Tone::Warning : Tone::Neutral);
    m_personForms->focusList();
}

void CounterPage::chooseForm(const QString &formNo)
{
    m_lookup->askCheckCode(formNo);
    say(tr("Form %1 belongs to this ID number. Type the check code (校验码) printed on the paper form and press "
           "Enter.")
            .arg(formNo),
        Tone::Neutral);
}

void CounterPage::updateButtons()
{
    const bool canCertify = m_session && roleAllows(m_session->account().role, Permission::Certify);
    m_actions->setCertifyEnabled(canCertify && m_visit.form() && !m_visit.done() && m_override->isHidden());
    m_actions->setNextEnabled(m_session != nullptr);
    const bool registering = m_center->currentWidget() == m_registerScroll;
    m_actions->setPaperEnabled(canCertify && !registering && (!m_visit.form() || m_visit.done()),
                               canCertify && m_visit.awaitsRetention());
    m_actions->setPrintEnabled(m_session && m_visit.form() && m_visit.form()->current.has_value() &&
                               m_override->isHidden());
}

void CounterPage::say(const QString &text, Tone tone)
{
    m_message->setText(text);
    if (text.isEmpty())
        clearTone(m_message);
    else
        setTone(m_message, tone);
}

} // namespace certdesk
