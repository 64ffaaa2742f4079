#pragma once

#include "theme/theme.h"

#include <QFont>
#include <QLabel>
#include <QString>

namespace certdesk::wizardstyle {

// Shared look of the first-run pages: large fields and a message line that says what to fix.

inline QFont sized(QFont font, qreal points, bool bold = false)
{
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// Page titles are rich text (QWizard::setTitleFormat) so they can be larger than the body text.
inline QString heading(const QString &title)
{
    return QStringLiteral("<span style=\"font-size:17pt; font-weight:600;\">%1</span>").arg(title.toHtmlEscaped());
}

// Fields stop growing here: a wide dialog should not produce a 1300-pixel name field.
constexpr int kFieldMaxWidth = 620;

inline QLabel *messageLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setFont(sized(label->font(), 14));
    theme::setTone(label, theme::Tone::Error);
    return label;
}

} // namespace certdesk::wizardstyle
