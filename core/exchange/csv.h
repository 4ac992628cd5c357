// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/domain/error.h"

namespace castnet::core {

// One CSV record and the physical line (1-based) where it starts.
struct CsvRecord {
    int line = 0;
    std::vector<std::string> fields;
};

// Parses RFC 4180 text: quoted fields may hold commas, doubled quotes and
// line breaks; records end in LF or CRLF; a UTF-8 byte order mark is skipped.
// Errors (unterminated quote, stray quote, bytes that are not UTF-8) are
// reported as "line N: reason". A final empty line is not a record.
Result<std::vector<CsvRecord>> parseCsv(std::string_view text);

// Reads the same records as parseCsv() but hands them to `visit` one at a
// time in one reused record, so that a large file is never held twice in
// memory. Stops at the first error, the parser's or the visitor's.
Result<void> forEachCsvRecord(std::string_view text,
                              const std::function<Result<void>(const CsvRecord &)> &visit);

// Appends one record, quoting a field only when it must be (comma, quote,
// CR or LF), and ends it with CRLF as RFC 4180 asks.
void appendCsvRecord(std::string &out, const std::vector<std::string> &fields);

// Whether a spreadsheet would run a text cell as a formula once its leading
// apostrophes are gone (it starts with = + - @, tab or CR). Export prefixes
// exactly these texts with one ' and import removes exactly one from them,
// so a title that truly starts with ' ("'=x" is written "''=x") survives
// export -> import -> export unchanged.
bool needsFormulaGuard(std::string_view text);
std::string_view removeFormulaGuard(std::string_view cell);

} // namespace castnet::core
