// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/domain/error.h"
#include "core/domain/ids.h"
#include "core/workspace/workspace.h"

namespace castnet::core {

// The file formats a campaign is exported in (DESIGN §11).
enum class ExchangeFormat { Csv, Json, Ics };

// "csv", "json" or "ics", as the command line names them.
constexpr std::optional<ExchangeFormat> parseExchangeFormat(std::string_view word) {
    if (word == "csv")
        return ExchangeFormat::Csv;
    if (word == "json")
        return ExchangeFormat::Json;
    if (word == "ics")
        return ExchangeFormat::Ics;
    return std::nullopt;
}

// The bytes of one stored campaign in `format`: CSV holds its activities in
// the 18 columns of the activity CSV, JSON the whole campaign under its
// brand's name, as import reads it back, ICS its activities as an iCalendar
// (writeActivityCalendar(), stamped with the current time). The one export that the command
// line and the window share; writing the bytes is the caller's
// (writeFileAtomically). An unknown campaign is an error.
Result<std::string> exportCampaign(Workspace &workspace, CampaignId campaign,
                                   ExchangeFormat format);

} // namespace castnet::core
