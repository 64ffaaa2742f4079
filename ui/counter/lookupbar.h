#pragma once

#include "domain/citizenid.h"

#include <QDate>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace certdesk {

// The counter's input strip: form number + check code (the form presented) and the ID number presented.
// Scanner and keyboard both land here. It validates the ID as it is typed; it knows no other rule.
class LookupBar : public QWidget
{
    Q_OBJECT

public:
    explicit LookupBar(std::function<QDate()> today, QWidget *parent = nullptr);

    QString formNo() const;
    QString checkCode() const;
    QString idText() const;
    // The ID typed or scanned, when it is a valid number.
    std::optional<CitizenId> presentedId() const;

    void setForm(const QString &formNo, const QString &checkCode);
    // A bare form number: the check code is still needed, so the cursor waits there.
    void askCheckCode(const QString &formNo);
    void setId(const QString &id);
    void focusForm();
    void focusCheckCode();
    void focusId();
    void clear();
    // After a scan delivered an ID number: its problem is shown at once, as if Enter was pressed.
    void showIdVerdict() { showIdProblem(true); }

Q_SIGNALS:
    // Enter in the check-code field (or in the form field once a code is there), or the button.
    void formLookupRequested();
    // Enter in the ID field.
    void idEntered();
    // The ID field changed; presentedId() tells whether it now holds a valid number.
    void idChanged();

private:
    void onFormReturn();
    void showIdProblem(bool entered);

    std::function<QDate()> m_today;
    QLineEdit *m_form;
    QLineEdit *m_checkCode;
    QPushButton *m_lookup;
    QLineEdit *m_id;
    QLabel *m_idProblem;
};

} // namespace certdesk
