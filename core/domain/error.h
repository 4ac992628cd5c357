// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <utility>

#include <tl/expected.hpp>

namespace castnet::core {

// What went wrong, told so that a marketer can fix it. `field` names the
// input that was refused (a CSV column, a form field, a flag) when there is
// one; `message` is the whole sentence shown to the user.
struct Error {
    enum class Kind {
        User,    // bad input, refused file, infeasible request: the user can fix it
        Internal // a bug or an environment failure
    };

    Kind kind = Kind::User;
    std::string field;
    std::string message;

    static Error user(std::string message, std::string field = {}) {
        return Error{Kind::User, std::move(field), std::move(message)};
    }
    static Error internal(std::string message) {
        return Error{Kind::Internal, {}, std::move(message)};
    }
};

template<class T> using Result = tl::expected<T, Error>;

inline tl::unexpected<Error> fail(std::string message, std::string field = {}) {
    return tl::unexpected(Error::user(std::move(message), std::move(field)));
}

inline tl::unexpected<Error> failInternal(std::string message) {
    return tl::unexpected(Error::internal(std::move(message)));
}

} // namespace castnet::core
