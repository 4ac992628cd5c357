// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/brand.h"

#include "core/text/number_format.h"

namespace castnet::core {

namespace {

constexpr std::size_t maxNameBytes = 200;
constexpr std::size_t maxTextBytes = 100'000;

} // namespace

Result<void> validate(const Brand &brand) {
    if (trim(brand.name).empty())
        return fail("brand name must not be empty", "name");
    if (brand.name.size() > maxNameBytes)
        return fail("brand name must be at most 200 bytes long", "name");
    const std::pair<const char *, const std::string *> texts[] = {{"name", &brand.name},
                                                                  {"industry", &brand.industry},
                                                                  {"audience", &brand.audience},
                                                                  {"notes", &brand.notes}};
    for (const auto &[field, text] : texts) {
        if (!isValidUtf8(*text) || text->find('\0') != std::string::npos)
            return fail(std::string("brand ") + field + " is not valid UTF-8 text", field);
        if (text->size() > maxTextBytes)
            return fail(std::string("brand ") + field + " is too long", field);
    }
    return {};
}

} // namespace castnet::core
