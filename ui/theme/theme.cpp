#include "theme/theme.h"

#include <QApplication>
#include <QFile>
#include <QStyle>
#include <QVariant>
#include <QWidget>

namespace certdesk::theme {

namespace {

const char kToneProperty[] = "tone";
const char kShapeProperty[] = "shape";

struct ToneRow
{
    Tone tone;
    const char *name;
    const char *text;       // keep in step with certdesk.qss
    const char *background; // the box's fill in certdesk.qss, or empty
};

constexpr ToneRow kTones[] = {
    {Tone::None, "", "#1f2933", ""},
    {Tone::Muted, "muted", "#4a5a6a", ""},
    {Tone::Info, "info", "#1b3a5c", ""},
    {Tone::Ok, "ok", "#1b6b2a", "#e3f4e6"},
    {Tone::Warning, "warning", "#6b4a00", "#fff4d6"},
    {Tone::Error, "error", "#a51d1d", "#fde7e7"},
    {Tone::Death, "death", "#ffffff", "#a51d1d"},
};

const ToneRow &row(Tone tone)
{
    for (const ToneRow &r : kTones)
        if (r.tone == tone)
            return r;
    return kTones[0];
}

void repolish(QWidget *widget)
{
    QStyle *style = widget->style();
    style->unpolish(widget);
    style->polish(widget);
    widget->update();
}

} // namespace

QString toneName(Tone tone)
{
    return QLatin1String(row(tone).name);
}

Tone toneOf(const QWidget *widget)
{
    const QString name = widget->property(kToneProperty).toString();
    for (const ToneRow &r : kTones)
        if (name == QLatin1String(r.name))
            return r.tone;
    return Tone::None;
}

void setTone(QWidget *widget, Tone tone, Shape shape)
{
    widget->setProperty(kToneProperty, toneName(tone));
    widget->setProperty(kShapeProperty, shape == Shape::Box ? QStringLiteral("box") : QString());
    // Always: the caller may have changed another property the style sheet selects on (problem, mismatch).
    repolish(widget);
}

QColor color(Tone tone)
{
    return QColor(QLatin1String(row(tone).text));
}

QColor background(Tone tone)
{
    const char *fill = row(tone).background;
    return *fill ? QColor(QLatin1String(fill)) : QColor();
}

QString styleSheet()
{
    QFile file(QStringLiteral(":/certdesk/theme/certdesk.qss"));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

void install(QApplication &app)
{
    app.setStyleSheet(styleSheet());
}

} // namespace certdesk::theme
