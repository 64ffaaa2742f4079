#pragma once

#include "services/paperforms.h"

#include <QFrame>
#include <QMap>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace certdesk {

// 登记纸质认证表: the few fields the clerk types from a paper form the center has no data for. Keyboard only (Tab
// between fields, Enter registers, Esc cancels); every field is checked with a plain message next to it. The
// identity comes from the card read (fixed) or the ID number typed at the counter. objectName "paperRegister".
class PaperRegisterPanel : public QFrame
{
    Q_OBJECT

public:
    explicit PaperRegisterPanel(QWidget *parent = nullptr);

    // Opens with what the counter knows: the form number not found, the identity presented (fixed when a chip
    // gave it).
    void open(const QString &formNo, const QString &idNo, const QString &name, bool identityFromCard);
    PaperRegistration registration() const;
    // Shows each problem next to its field and puts the cursor on the first.
    void showProblems(const QList<FieldProblem> &problems);
    void showError(const QString &message);
    // Empties every field (the page shows and hides the panel).
    void clear();

public Q_SLOTS:
    void accept();
    void reject();

Q_SIGNALS:
    void submitted();
    void cancelled();

private:
    QLineEdit *field(ErrorCode code, const QString &label, int row);
    void variantChanged();

    QComboBox *m_variant;
    QMap<ErrorCode, QLineEdit *> m_fields; // by FieldProblem::code
    QMap<ErrorCode, QLabel *> m_problems;
    QLabel *m_error;
    QPushButton *m_ok;
    QPushButton *m_cancel;
    QGridLayout *m_grid;
};

} // namespace certdesk
