#pragma once

// The clerk's counter in the real main window, driven as a clerk would (typing, Enter, the F keys), for the counter's
// tests and its screenshots: a center with six pending forms, a clerk and a supervisor.

#include "counter/counterpage.h"
#include "fixture.h"
#include "services/certification.h"
#include "shell/mainwindow.h"
#include "uiharness.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <memory>
#include <optional>

namespace certdesk::test {

inline const QString kClerk = QStringLiteral("clerk");
inline const QString kSuper = QStringLiteral("super");

// A center with six pending forms, a clerk and a supervisor; signed in as `user`.
struct Counter
{
    explicit Counter(bool deathOfSecond = false)
    {
        center.addUser(kClerk, Role::Clerk, QStringLiteral("李经办"));
        center.addUser(kSuper, Role::Supervisor, QStringLiteral("王主管"));
        center.addUser(QStringLiteral("clerk2"), Role::Clerk, QStringLiteral("赵经办"));
        forms = center.seedForms(6);
        if (deathOfSecond)
            center.seedDeaths({forms[1]});
        ui = std::make_unique<UiHarness>(center);
    }

    CounterPage *page() const { return ui->find<CounterPage>("counterPage"); }
    QLineEdit *edit(const char *name) const { return ui->find<QLineEdit>(name); }
    QLabel *label(const char *name) const { return ui->find<QLabel>(name); }
    QPushButton *button(const char *name) const { return ui->find<QPushButton>(name); }
    QString message() const { return label("counterMessage")->text(); }

    // A key to whatever has the focus, as the clerk's keyboard would send it.
    void press(int key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        ui->nowMs += 400;
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : ui->window.get();
        QTest::keyClick(target, Qt::Key(key), mods);
    }
    // Human typing into `name`, then Enter.
    void typeInto(const char *name, const QString &text)
    {
        edit(name)->clear();
        edit(name)->setFocus();
        ui->typeSlowly(text);
        press(Qt::Key_Return);
    }
    void typeForm(const Form &f)
    {
        typeInto("formInput", f.formNo);
        QCOMPARE(QApplication::focusWidget(), edit("checkCodeInput"));
        typeInto("checkCodeInput", f.checkCode);
    }
    // Form + matching ID, typed; the form is shown afterwards.
    void load(const Form &f, const QString &presentedId = QString())
    {
        typeForm(f);
        typeInto("idInput", presentedId.isEmpty() ? f.person.idNo : presentedId);
    }
    std::optional<CertificationRecord> current(const Form &f) const
    {
        auto v = CertificationService(*ui->window->session()).lookupForm(f.formNo, f.checkCode);
        if (!v)
            qWarning("lookup failed: %s", qPrintable(v.error().message));
        return v ? v->current : std::nullopt;
    }

    TestCenter center;
    QList<Form> forms;
    std::unique_ptr<UiHarness> ui;
};

} // namespace certdesk::test
