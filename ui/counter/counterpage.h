#pragma once

#include "uicontext.h"

#include <QWidget>

namespace certdesk {

class Session;

// The clerk's screen: scan or type, compare, certify, next.
class CounterPage : public QWidget
{
    Q_OBJECT

public:
    explicit CounterPage(UiContext &context, QWidget *parent = nullptr);

    // nullptr on lock: every personal datum is cleared at once and the page is disabled.
    void setSession(Session *session);
    // A complete scanner payload (QR, form number or ID number), routed by content.
    void handleScan(const QString &payload);
    // 下一位: clears the screen; no previous person's data stays visible.
    void nextPerson();

Q_SIGNALS:
    void recordsChanged();

private:
    UiContext &m_context;
    Session *m_session = nullptr;
};

} // namespace certdesk
