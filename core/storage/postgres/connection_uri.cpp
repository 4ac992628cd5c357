// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/postgres/connection_uri.h"

namespace castnet::core::postgres {

namespace {

bool isPasswordParameter(std::string_view parameter) {
    const std::string_view name = parameter.substr(0, parameter.find('='));
    return name == "password" || name == "sslpassword";
}

// The query part ("a=1&password=x&b=2") without its password parameters.
std::string withoutPasswordParameters(std::string_view query) {
    std::string kept;
    std::size_t start = 0;
    while (start <= query.size()) {
        const std::size_t end = std::min(query.find('&', start), query.size());
        const std::string_view parameter = query.substr(start, end - start);
        if (!parameter.empty() && !isPasswordParameter(parameter)) {
            if (!kept.empty())
                kept += '&';
            kept += parameter;
        }
        start = end + 1;
    }
    return kept;
}

} // namespace

std::string withoutPassword(std::string_view uri) {
    const std::size_t schemeEnd = uri.find("://");
    if (schemeEnd == std::string_view::npos)
        return std::string(uri);
    const std::size_t authority = schemeEnd + 3;
    const std::size_t query = uri.find('?', authority);
    // The user part ends at the last '@' before the path or the query: a
    // password may itself hold an '@' that was not percent-encoded.
    const std::size_t pathStart = uri.find('/', authority);
    const std::size_t authorityEnd = std::min(pathStart, query);
    const std::size_t at = uri.substr(0, authorityEnd).rfind('@');
    std::string result(uri.substr(0, authority));
    if (at != std::string_view::npos && at >= authority) {
        const std::string_view user = uri.substr(authority, at - authority);
        result += user.substr(0, user.find(':'));
        result += uri.substr(at, std::min(query, uri.size()) - at);
    } else {
        result += uri.substr(authority, std::min(query, uri.size()) - authority);
    }
    if (query != std::string_view::npos) {
        const std::string kept = withoutPasswordParameters(uri.substr(query + 1));
        if (!kept.empty())
            result += '?' + kept;
    }
    return result;
}

} // namespace castnet::core::postgres
