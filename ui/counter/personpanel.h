#pragma once

#include "domain/citizenid.h"
#include "services/certification.h"

#include <QFrame>

#include <optional>

class QGridLayout;
class QLabel;

namespace certdesk {

// The form's data beside the identity presented, disagreements highlighted; the death-notice banner and
// the form's certification status. Display only: the service decides, this shows.
class PersonPanel : public QFrame
{
    Q_OBJECT

public:
    explicit PersonPanel(QWidget *parent = nullptr);

    void showForm(const FormView &view, const QDate &today);
    // The ID presented (empty/invalid: nothing to compare yet).
    void setPresented(const std::optional<CitizenId> &id);
    // Forgets everything shown, down to the last label.
    void clear();

    bool hasForm() const { return m_hasForm; }
    // True when both sides are known and the ID numbers differ.
    bool idMismatch() const;

private:
    QLabel *value(const char *name, qreal pt = 0, bool bold = false);
    QLabel *caption(const QString &text);
    void addCell(QGridLayout *grid, int row, int col, const QString &caption, QLabel *value, int span = 1);
    void compare();
    void mark(QLabel *label, bool mismatch);

    bool m_hasForm = false;
    QString m_formId;
    QChar m_formSex;
    QString m_formBirth;
    std::optional<CitizenId> m_presented;

    QLabel *m_death;
    QLabel *m_name;
    QLabel *m_idNo;
    QLabel *m_sex;
    QLabel *m_birth;
    QLabel *m_personNo;
    QLabel *m_variant;
    QLabel *m_address;
    QLabel *m_postcode;
    QLabel *m_phone;
    QLabel *m_agency;
    QLabel *m_due;
    QLabel *m_window;
    QLabel *m_status;
    QLabel *m_presentedId;
    QLabel *m_presentedSex;
    QLabel *m_presentedBirth;
    QLabel *m_verdict;
};

} // namespace certdesk
