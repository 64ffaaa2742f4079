#pragma once

#include "uicontext.h"

#include <QWidget>

namespace certdesk {

class Session;

// Every certification done at this desk today, searchable by name, ID or form number; open one to view,
// reprint or correct it (a correction needs a reason; the old record stays in history).
class TodayPage : public QWidget
{
    Q_OBJECT

public:
    explicit TodayPage(UiContext &context, QWidget *parent = nullptr);
    void setSession(Session *session); // nullptr: cleared
    void refresh();

Q_SIGNALS:
    void recordsChanged();

private:
    UiContext &m_context;
    Session *m_session = nullptr;
};

} // namespace certdesk
