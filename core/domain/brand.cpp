// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/brand.h"

#include "core/domain/text_limits.h"
#include "core/text/number_format.h"

namespace castnet::core {

Result<void> validate(const Brand &brand) {
    if (trim(brand.name).empty())
        return fail("brand name must not be empty", "name");
    struct Text {
        const char *field;
        const std::string *text;
        std::size_t limit;
    };
    const Text texts[] = {{"name", &brand.name, textLimits::name},
                          {"industry", &brand.industry, textLimits::name},
                          {"audience", &brand.audience, textLimits::name},
                          {"notes", &brand.notes, textLimits::notes}};
    for (const auto &[field, text, limit] : texts) {
        if (!isValidUtf8(*text) || text->find('\0') != std::string::npos)
            return fail(std::string("brand ") + field + " is not valid UTF-8 text", field);
        if (characterCount(*text) > limit)
            return fail(fmt::format("brand {} {}", field, tooLong(limit, *text)), field);
    }
    return {};
}

} // namespace castnet::core
