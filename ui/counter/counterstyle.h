#pragma once

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

// Message tones: calm by default, results unmistakable (colour + words, never colour alone).
enum class Tone
{
    Neutral,
    Success,
    Warning,
    Refusal
};

inline QString toneSheet(Tone tone)
{
    switch (tone) {
    case Tone::Success:
        return QStringLiteral("background:#e3f4e6; color:#0d5a1f; border:2px solid #2e8b45; border-radius:6px;");
    case Tone::Warning:
        return QStringLiteral("background:#fff4d6; color:#6b4a00; border:2px solid #d9a400; border-radius:6px;");
    case Tone::Refusal:
        return QStringLiteral("background:#fde7e7; color:#8f1111; border:2px solid #c62828; border-radius:6px;");
    case Tone::Neutral:
        break;
    }
    return QStringLiteral("background:#eef2f6; color:#2b3a4a; border:1px solid #c5cfda; border-radius:6px;");
}

// QLabel::margin, not style-sheet padding: a word-wrapped label then still asks for the height it needs.
inline void setTone(QLabel *label, Tone tone)
{
    label->setStyleSheet(toneSheet(tone));
    label->setMargin(8);
}

inline void clearTone(QLabel *label)
{
    label->setStyleSheet(QString());
    label->setMargin(0);
}

// A value that disagrees with what was presented.
inline QString mismatchSheet()
{
    return QStringLiteral("background:#fde7e7; color:#8f1111; border:2px solid #c62828; border-radius:4px;"
                          "padding:0px 3px;");
}

inline QString matchSheet()
{
    return QStringLiteral("color:#0d5a1f; padding:1px 6px;");
}

} // namespace certdesk::counterstyle
