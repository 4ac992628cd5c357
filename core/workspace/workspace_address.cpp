// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/workspace_address.h"

#include <fmt/format.h>

#include "core/domain/try.h"
#include "core/text/one_line_message.h"

namespace castnet::core {

namespace {

bool isSchemeCharacter(char c, bool first) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    const bool digit = c >= '0' && c <= '9';
    return letter || (!first && (digit || c == '+' || c == '-' || c == '.'));
}

// The scheme of "scheme://…" in lower case, or "" when `text` is no URI.
std::string schemeOf(std::string_view text) {
    const std::size_t end = text.find("://");
    if (end == std::string_view::npos || end == 0)
        return {};
    std::string scheme;
    for (std::size_t i = 0; i < end; ++i) {
        if (!isSchemeCharacter(text[i], i == 0))
            return {};
        scheme.push_back(
            static_cast<char>(text[i] >= 'A' && text[i] <= 'Z' ? text[i] + 32 : text[i]));
    }
    return scheme;
}

} // namespace

Result<WorkspaceAddress> parseWorkspaceAddress(std::string_view db) {
    if (db.empty())
        return fail("--db needs a workspace file", "db");
    if (db == ":memory:") {
        return fail("--db :memory: is a database in memory, which keeps nothing; give a "
                    "workspace file",
                    "db");
    }
    // SQLite reads any name starting with "file:" as a URI, which may open
    // a database in memory or another file than the one named.
    if (db.starts_with("file:")) {
        return fail(oneLineMessage(fmt::format("--db \"{}\" is an SQLite URI; give the workspace "
                                               "file's path instead",
                                               db)),
                    "db");
    }
    const std::string scheme = schemeOf(db);
    if (scheme == "postgresql" || scheme == "postgres")
        return WorkspaceAddress{WorkspaceBackend::PostgreSql, std::string(db)};
    if (!scheme.empty()) {
        return fail(fmt::format("--db takes a workspace file or a postgresql:// address, not a "
                                "{}:// address",
                                oneLineMessage(scheme)),
                    "db");
    }
    return WorkspaceAddress{WorkspaceBackend::File, std::string(db)};
}

Error unsupportedBackend(const WorkspaceAddress &address) {
    if (address.backend == WorkspaceBackend::PostgreSql) {
        return Error::user("team workspaces on a PostgreSQL server (postgresql://…) are not "
                           "supported by this version of Castnet; give a workspace file",
                           "db");
    }
    return Error::internal("no back end for this workspace address");
}

Result<std::string> workspaceFilePath(std::string_view db) {
    CASTNET_TRY(WorkspaceAddress address, parseWorkspaceAddress(db));
    if (address.backend != WorkspaceBackend::File)
        return tl::unexpected(unsupportedBackend(address));
    return std::move(address.location);
}

} // namespace castnet::core
