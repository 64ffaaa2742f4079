#pragma once

#include <QColor>
#include <QString>

class QApplication;
class QWidget;

namespace certdesk::theme {

// The one look of the program: colours live here and in certdesk.qss (a resource), nowhere else. A widget asks for
// a look by its object name (panels, the unlock card) or by a tone (messages, verdicts), never with its own
// style sheet: then one error red is one error red everywhere, and the words beside it carry the meaning.
enum class Tone
{
    None,    // the default look
    Muted,   // hints and captions
    Info,    // a calm statement ("Saved in the background…")
    Ok,      // done, valid, alive
    Warning, // look twice (a stale backup, an expired card)
    Error,   // refused, failed, invalid
    Death,   // the death-notice banner: white on dark red
};

// How a tone is drawn: as coloured text, or as a box (background and border) around the text.
enum class Shape
{
    Text,
    Box,
};

// The tone's word as the style sheet's selectors spell it (`QLabel[tone="error"]`).
QString toneName(Tone tone);
Tone toneOf(const QWidget *widget);

// Sets the dynamic properties `tone` and `shape` and re-polishes the widget so the style sheet applies at once.
void setTone(QWidget *widget, Tone tone, Shape shape = Shape::Text);
inline void clearTone(QWidget *widget)
{
    setTone(widget, Tone::None);
}

// The text colour of a tone, for what is painted rather than styled (the palette of the style sheet).
QColor color(Tone tone);
// The background of a tone's box (Shape::Box), for cells of a table; invalid (no fill) for tones without a box.
QColor background(Tone tone);

// The application style sheet (:/certdesk/theme/certdesk.qss).
QString styleSheet();
// Installs it on the application: the program's main and the UI test harness call this once.
void install(QApplication &app);

} // namespace certdesk::theme
