#include "io/exceldamage.h"

#include "domain/citizenid.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace certdesk::importdetail {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportRows)
};
} // namespace

namespace {

bool scientific(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^[+-]?[0-9]+([.,][0-9]+)?[eE][+-]?[0-9]+\\z"));
    return re.match(value).hasMatch();
}

bool allDigits(const QString &value)
{
    if (value.isEmpty())
        return false;
    for (const QChar c : value) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
    }
    return true;
}

QString formatAsText(const QString &column)
{
    return Tr::tr("Format the %1 column as text (文本) in Excel, enter or paste the "
                  "original numbers again and export the file again.")
        .arg(column);
}

} // namespace

QString idNumberDamage(const QString &column, const QString &value, bool numericCell)
{
    if (numericCell) {
        return Tr::tr("%1 is stored as a number in the spreadsheet: Excel keeps only "
                      "15 digits of a number, so an 18-digit ID number loses its "
                      "last digits.")
                   .arg(column) +
               QLatin1Char(' ') + formatAsText(column);
    }
    if (scientific(value)) {
        return Tr::tr("%1 \"%2\" is in scientific notation: Excel treated the ID "
                      "numbers as numbers and shortened them.")
                   .arg(column, value) +
               QLatin1Char(' ') + formatAsText(column);
    }
    return {};
}

QString idRoundingDamage(const QString &column, const QString &value)
{
    if (value.size() != 18 || !allDigits(value) || !value.endsWith(QLatin1String("000")))
        return {};
    return Tr::tr("%1 ends in 000 and fails its check digit: Excel rounded the "
                  "number to 15 digits.")
               .arg(column) +
           QLatin1Char(' ') + formatAsText(column);
}

QString phoneDamage(const QString &column, const QString &value, bool numericCell)
{
    if (scientific(value)) {
        return Tr::tr("%1 \"%2\" is in scientific notation: Excel treated the phone "
                      "numbers as numbers.")
                   .arg(column, value) +
               QLatin1Char(' ') + formatAsText(column);
    }
    if (numericCell && !validatePhone(value)) {
        return Tr::tr("%1 \"%2\" is stored as a number in the spreadsheet: Excel "
                      "drops a leading zero.")
                   .arg(column, value) +
               QLatin1Char(' ') + formatAsText(column);
    }
    return {};
}

QString postcodeDamage(const QString &column, const QString &value)
{
    if (value.size() != 5 || !allDigits(value))
        return {};
    return Tr::tr("%1 \"%2\" has 5 digits: Excel dropped the leading zero (0%2).").arg(column, value) +
           QLatin1Char(' ') + formatAsText(column);
}

} // namespace certdesk::importdetail
