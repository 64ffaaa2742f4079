#pragma once

#include "uicontext.h"

#include <QWizard>

namespace certdesk {

// First run: center code and name, cycle policy and window, the admin account; then the recovery code,
// shown once, with buttons to print or save it.
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    explicit FirstRunWizard(UiContext &context, QWidget *parent = nullptr);

private:
    UiContext &m_context;
};

} // namespace certdesk
