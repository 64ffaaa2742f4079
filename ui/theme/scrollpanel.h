#pragma once

class QScrollArea;
class QWidget;

namespace certdesk {

// A secondary panel that may be taller than a 1366×768 screen leaves it (the paper registration, a settings tab):
// `content` in a frameless vertical scroll area that never asks for the content's height and follows the keyboard —
// whatever takes the focus inside is scrolled into view, so Tab and the panels' own shortcuts reach every field without
// a mouse.
QScrollArea *scrollPanel(QWidget *content, QWidget *parent);

} // namespace certdesk
