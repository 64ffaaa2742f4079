#pragma once

#include "codec/samtext.h"
#include "core/result.h"

// Card files of the simulator (JSON, docs/devices.md): the keys of `certdesk-admin reader read --json` plus the
// fields only some layouts carry (english_name, nationality, pass_no, issue_count, version).
namespace certdesk::samsim {

Result<sam::CardText> loadCardFile(const QString &path);
Result<sam::CardText> cardFromJson(const QByteArray &json);
// Fictional built-in cards, one per layout.
Result<sam::CardText> builtinCard(const QString &cardType);

} // namespace certdesk::samsim
