#pragma once

#include "theme/theme.h"

#include <QFont>
#include <QLabel>
#include <QString>
#include <QWidget>

namespace certdesk::counterstyle {

// Sizes read at arm's length by a clerk whose eyes are on the person in front of them.
constexpr qreal kCaptionPt = 10.5;
constexpr qreal kValuePt = 15;
constexpr qreal kNamePt = 22;
constexpr qreal kIdPt = 18;
constexpr qreal kInputPt = 16;
constexpr qreal kMessagePt = 15;
constexpr qreal kButtonPt = 16;

inline void setPointSize(QWidget *w, qreal pt, bool bold = false)
{
    QFont f = w->font();
    f.setPointSizeF(pt);
    f.setBold(bold);
    w->setFont(f);
}

// Message tones: calm by default, results unmistakable (colour + words, never colour alone). The colours are the
// theme's (ui/theme/certdesk.qss); a counter message is a box around its text.
enum class Tone
{
    Neutral,
    Success,
    Warning,
    Refusal
};

// QLabel::margin, not style-sheet padding: a word-wrapped label then still asks for the height it needs.
inline void setTone(QLabel *label, Tone tone)
{
    static constexpr theme::Tone kThemeTones[] = {theme::Tone::None, theme::Tone::Ok, theme::Tone::Warning,
                                                  theme::Tone::Error};
    theme::setTone(label, kThemeTones[int(tone)], theme::Shape::Box);
    label->setMargin(8);
}

inline void clearTone(QLabel *label)
{
    theme::clearTone(label);
    label->setMargin(0);
}

} // namespace certdesk::counterstyle
