// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "core/domain/error.h"
#include "core/domain/ids.h"

namespace castnet::core {

struct Brand {
    BrandId id;
    std::string name; // unique in a workspace
    std::string industry;
    std::string audience;
    std::string notes;

    friend bool operator==(const Brand &, const Brand &) = default;
};

// Checks what can be checked without the workspace (a non-blank name of
// valid UTF-8); uniqueness is the workspace's to enforce.
Result<void> validate(const Brand &brand);

} // namespace castnet::core
