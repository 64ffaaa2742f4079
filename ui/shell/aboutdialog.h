#pragma once

#include <QDialog>

namespace certdesk {

// Help → About (F1): the program version (project version + git describe) and the database schema version this
// program writes, so that a support call can name both.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The text shown (tests read it).
    QString text() const { return m_text; }

private:
    QString m_text;
};

} // namespace certdesk
