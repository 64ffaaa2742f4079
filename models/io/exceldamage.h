#pragma once

// Internal to models/io: what Excel does to numbers typed into a General-formatted column, recognised in an
// imported cell and explained (the column to format as text, 文本, and export again). An empty string: no damage.

#include <QString>

namespace certdesk::importdetail {

// Scientific notation (4.40106E+17) or a number cell (Excel keeps 15 significant digits: an 18-digit ID number
// loses its last digits). Checked before the ID number itself.
QString idNumberDamage(const QString &column, const QString &value, bool numericCell);
// An 18-digit ID number ending in 000 whose check digit fails: rounded to 15 significant digits. Called when the
// number failed its check digit (parseCitizenId's code "check_digit").
QString idRoundingDamage(const QString &column, const QString &value);
// Scientific notation, or a number cell that is not a valid phone number (a landline's leading zero dropped).
QString phoneDamage(const QString &column, const QString &value, bool numericCell);
// Five digits: the leading zero of a 6-digit postcode (0xxxxx) dropped.
QString postcodeDamage(const QString &column, const QString &value);

} // namespace certdesk::importdetail
