#pragma once

#include "counterstyle.h"
#include "countervisit.h"
#include "devices/identitysource.h"
#include "domain/types.h"
#include "printing/printactions.h"
#include "qt/background.h"
#include "services/certification.h"
#include "uicontext.h"

#include <QPointer>
#include <QWidget>

#include <QSet>

#include <optional>

class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace certdesk {

class CardBanner;
class CounterActions;
class InfoChangePanel;
class LookupBar;
class OverridePanel;
class PaperRegisterPanel;
class PersonFormsView;
class PersonPanel;
class ReaderHub;
class Session;
class WedgeScannerSource;

// The clerk's screen: scan or type, compare, certify, next.
class CounterPage : public QWidget
{
    Q_OBJECT

public:
    explicit CounterPage(UiContext &context, QWidget *parent = nullptr);

    // nullptr on lock: every personal datum is cleared at once and the page is disabled.
    void setSession(Session *session);
    // A complete scanner payload (QR, form number or ID number), routed by content. An ID number goes through the
    // wedge scanner's identity source to cardPlaced, the path of a card laid on a reader.
    void handleScan(const QString &payload);
    // 下一位: clears the screen; no previous person's data stays visible.
    void nextPerson();
    // How the identity of the person now at the counter was checked. Manual (compared by eye) unless a card
    // reader, once there is one, reports that it read the chip; back to Manual for the next person.
    void setIdentityMethod(IdentityMethod method) { m_visit.setMethod(method); }
    IdentityMethod identityMethod() const { return m_visit.method(); }
    // The visit's state (widget-free presenter); the widgets render it.
    const CounterVisit &visit() const { return m_visit; }
    // An identity source presented a person (countercard.cpp): a card reader read a card, or the scanner typed an
    // ID number. The number is looked up; for a chip the panel shows what it says and the method becomes the
    // card's (idcard / sscard) unless the card has expired; a scanned number stays manual.
    void cardPlaced(const CardIdentity &card);
    // The reader settings changed: rebuild the readers from UiContext::identitySources.
    void reloadReaders();
    ReaderHub *readers() const { return m_readers; }
    WedgeScannerSource *scannerSource() const { return m_scannerSource; }

Q_SIGNALS:
    void recordsChanged();
    void cardTaken(); // a card reader's card now stands for the person at the counter: show the counter

protected:
    void showEvent(QShowEvent *event) override;

private:
    void lookupForm();
    void lookupId();
    void chooseForm(const QString &formNo);
    void certify(bool alive, bool withOverride = false);
    void submitCertification(const CertifyRequest &request, bool withOverride);
    void certified(const CertificationRecord &record);
    void refused(const Error &error, bool withOverride);
    void describeForm();
    void toggleChange();
    void openOverride();
    // The paper flow (counterpaper.cpp): register a paper form the center has no data for; confirm 留存.
    void openRegister();
    void registerPaper();
    void closeRegister();
    void retainOriginal();
    QString paperAdvice(const CertificationRecord &record) const;
    // Ctrl+P / Ctrl+Shift+P: the form's current record; marked 补打 unless it is the first print of a
    // certification made during this visit (counterprint.cpp).
    void print(printactions::Document document);
    void updateButtons();
    void say(const QString &text, counterstyle::Tone tone);
    // A scan after a finished certification belongs to the next person.
    void startFreshIfDone();
    QDate today() const;
    void showReaderStatus();
    void compose(); // the layout (counterlayout.cpp)

    UiContext &m_context;
    Session *m_session = nullptr;
    // The form found, the identity presented, the record made and the paper's fate: one person's visit.
    CounterVisit m_visit;

    LookupBar *m_lookup;
    QStackedWidget *m_center;
    QLabel *m_hint;
    PersonPanel *m_person;
    PersonFormsView *m_personForms;
    InfoChangePanel *m_change;
    CounterActions *m_actions;
    QLabel *m_message;
    QPushButton *m_overrideButton;
    OverridePanel *m_override;
    PaperRegisterPanel *m_register;
    QScrollArea *m_registerScroll = nullptr; // m_register in m_center
    ReaderHub *m_readers;
    QLabel *m_readerStatus;
    CardBanner *m_cardBanner;
    WedgeScannerSource *m_scannerSource;
    QPointer<BackgroundJob> m_overrideCheck; // the supervisor's password, checked off the GUI thread
};

} // namespace certdesk
