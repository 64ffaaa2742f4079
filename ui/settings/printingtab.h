#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace certdesk {

class Session;
struct UiContext;

// The electronic seal (电子印章) drawn on every stamped form: a PNG with transparency chosen by the admin,
// stored in the database through PrintDataService (audited); or none, and the form is stamped by hand.
// Also prints the center's 附件2 sheet from the saved settings.
class PrintingTab : public QWidget
{
    Q_OBJECT

public:
    PrintingTab(UiContext &context, Session &session, QWidget *parent = nullptr);
    void load();

private:
    void chooseSeal();
    void clearSeal();
    void printInstitution();
    void showMessage(const QString &text, bool error);

    UiContext &m_context;
    Session &m_session;
    QLabel *m_preview;
    QPushButton *m_choose;
    QPushButton *m_clear;
    QLabel *m_message;
};

} // namespace certdesk
