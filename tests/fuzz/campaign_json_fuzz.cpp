// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes given to the JSON reader either fail with an error or give a
// campaign that survives export -> import unchanged.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/domain/brand.h"
#include "core/exchange/campaign_json.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    using namespace castnet::core;
    const std::string_view text(reinterpret_cast<const char *>(data), size);

    auto snapshot = readCampaignJson(text);
    if (!snapshot)
        return 0;
    // The snapshot keeps only the brand's id; any valid name will do.
    Brand brand;
    brand.id = snapshot->campaign.brandId;
    brand.name = "Fuzz";
    const std::string written = writeCampaignJson(brand, *snapshot);
    auto reread = readCampaignJson(written);
    if (!reread || *reread != *snapshot)
        std::abort(); // an exported campaign must import back unchanged
    return 0;
}
