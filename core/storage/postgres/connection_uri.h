// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace castnet::core::postgres {

// A postgresql:// URI as Castnet may show or keep it: without the password
// of its user part (`user:secret@host`) and without `password=` or
// `sslpassword=` parameters. Everything else (host, port, database, user,
// TLS settings) stays, so the result still opens the same workspace with
// the password from libpq's own sources (~/.pgpass, PGPASSFILE, a prompt).
std::string withoutPassword(std::string_view uri);

} // namespace castnet::core::postgres
