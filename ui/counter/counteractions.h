#pragma once

#include <QWidget>

class QPushButton;

namespace certdesk {

// The counter's result buttons, each big, coloured and with its key on it. A shortcut fires only while its
// button is visible and enabled, so a locked or empty counter ignores F5/F8.
class CounterActions : public QWidget
{
    Q_OBJECT

public:
    explicit CounterActions(QWidget *parent = nullptr);

    // certify: a form is loaded, the role may certify, and nothing is in the way (done, override open).
    void setCertifyEnabled(bool certify);
    void setNextEnabled(bool next);
    // print: the form on screen has a certification record (just made or from an earlier visit).
    void setPrintEnabled(bool print);
    // register: no form on screen and the role may certify; retain: a 附表1 certified here awaits 留存.
    void setPaperEnabled(bool registerPaper, bool retain);

Q_SIGNALS:
    void aliveClicked();
    void deceasedClicked();
    void changeInfoClicked();
    void nextClicked();
    void printClicked();    // onto the pensioner's original (套打), Ctrl+P
    void reissueClicked();  // the whole form for a lost original (补发), Ctrl+Alt+P
    void receiptClicked();  // the pensioner's receipt, Ctrl+Shift+P
    void registerClicked(); // 登记纸质认证表, Ctrl+R
    void retainClicked();   // the 附表1 original was taken in (留存), F7

private:
    // big: two lines (text, key) in the large font; otherwise one quiet line.
    QPushButton *button(const char *name, const QString &text, const QKeySequence &key, const char *role,
                        bool big = true);

    QPushButton *m_alive;
    QPushButton *m_deceased;
    QPushButton *m_change;
    QPushButton *m_print;
    QPushButton *m_reissue;
    QPushButton *m_receipt;
    QPushButton *m_next;
    QPushButton *m_register;
    QPushButton *m_retain;
};

} // namespace certdesk
