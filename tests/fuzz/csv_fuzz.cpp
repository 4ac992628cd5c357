// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes given to the CSV readers either fail with an error or give
// activities that survive export -> import unchanged.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/domain/campaign.h"
#include "core/exchange/activity_csv.h"
#include "core/exchange/csv.h"

namespace {

const castnet::core::Campaign &fuzzCampaign() {
    static const castnet::core::Campaign campaign = [] {
        castnet::core::Campaign c = castnet::core::defaultCampaign("Fuzz", "2026-01-05");
        c.weeks = 52;
        return c;
    }();
    return campaign;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    using namespace castnet::core;
    const std::string_view text(reinterpret_cast<const char *>(data), size);

    (void)parseCsv(text);

    auto activities = readActivityCsv(text, fuzzCampaign());
    if (!activities)
        return 0;
    const std::string written = writeActivityCsv(*activities);
    auto reread = readActivityCsv(written, fuzzCampaign());
    if (!reread || *reread != *activities)
        std::abort(); // an exported file must import back to the same activities
    return 0;
}
