// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

#include <tl/expected.hpp>

// Early return for Result<T> (core/domain/error.h), so that a call that can
// fail reads as one line instead of three:
//
//     CASTNET_TRY(Campaign campaign, workspace.campaign(id));
//     CASTNET_TRY(auto activities, workspace.activities(campaign.id));
//     CASTNET_TRY_VOID(workspace.updateCampaign(campaign));
//
//     CASTNET_TRY(snapshot.activities, workspace.activities(id)); // assigns
//
// CASTNET_TRY evaluates the expression once; on an error it returns that
// error from the enclosing function (which must return some Result<U>);
// otherwise it moves the value into the declaration, or assigns it when the
// first argument names an existing object instead. It expands to several
// statements, so it needs braces under an if or a loop, and at most one may
// stand on a line. CASTNET_TRY_VOID is the same for a Result<void> or any
// Result whose value is not needed, and is one statement.
// Macros rather than an and_then chain because most callers go on to use
// several results together, which a chain turns into nested lambdas.

#define CASTNET_TRY_CONCAT_INNER(a, b) a##b
#define CASTNET_TRY_CONCAT(a, b) CASTNET_TRY_CONCAT_INNER(a, b)

#define CASTNET_TRY_IMPL(result, declaration, expression)                                          \
    auto result = (expression);                                                                    \
    if (!result)                                                                                   \
        return ::tl::unexpected(std::move(result).error());                                        \
    declaration = std::move(*result)

#define CASTNET_TRY(declaration, expression)                                                       \
    CASTNET_TRY_IMPL(CASTNET_TRY_CONCAT(castnetTryResult_, __LINE__), declaration, expression)

#define CASTNET_TRY_VOID(expression)                                                               \
    do {                                                                                           \
        if (auto castnetTryResult = (expression); !castnetTryResult)                               \
            return ::tl::unexpected(std::move(castnetTryResult).error());                          \
    } while (false)
