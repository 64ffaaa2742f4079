#pragma once

#include "domain/certification.h"

#include <QFrame>

class QLabel;
class QLineEdit;

namespace certdesk {

// 信息变更 at the counter: new address, postcode and phone, checked as the clerk types. The change is not
// saved on its own: it travels with the next certification (健在 or 不健在).
class InfoChangePanel : public QFrame
{
    Q_OBJECT

public:
    explicit InfoChangePanel(QWidget *parent = nullptr);

    // Shows the panel and puts the cursor in the address field.
    void open();
    // Empty fields are "not changed" (null); filled ones are the change.
    InfoChange change() const;
    // The first problem with what was typed (empty when everything typed is acceptable), and the field.
    QString problem(QWidget **field = nullptr) const;
    // Empties and hides the panel.
    void clear();

Q_SIGNALS:
    void closed();

private:
    QLineEdit *field(const char *name, const QString &placeholder);
    QLabel *problemLabel(const char *name);
    void validate();

    QLineEdit *m_address;
    QLineEdit *m_postcode;
    QLineEdit *m_phone;
    QLabel *m_postcodeProblem;
    QLabel *m_phoneProblem;
};

} // namespace certdesk
