// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlite/workspace_file.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>
#include <system_error>

#include <fmt/format.h>
#include <unistd.h>

#include "core/domain/try.h"
#include "core/exchange/file_io.h"

namespace castnet::core::sqlite {

namespace {

namespace fs = std::filesystem;

// The first 100 bytes of an SQLite file (https://sqlite.org/fileformat.html).
constexpr std::size_t headerSize = 100;
constexpr std::string_view magic{"SQLite format 3\0", 16};

struct FileCloser {
    void operator()(std::FILE *file) const { std::fclose(file); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

std::uint32_t bigEndian(const unsigned char *bytes, int count) {
    std::uint32_t value = 0;
    for (int i = 0; i < count; ++i)
        value = (value << 8) | bytes[i];
    return value;
}

Result<std::array<unsigned char, headerSize>> readHeader(const std::string &path,
                                                         std::uintmax_t size) {
    std::array<unsigned char, headerSize> header{};
    errno = 0;
    File file(std::fopen(path.c_str(), "rb"));
    if (!file)
        return fail(fmt::format("{} cannot be read ({})", path, std::strerror(errno)));
    const std::size_t wanted = size < headerSize ? static_cast<std::size_t>(size) : headerSize;
    if (std::fread(header.data(), 1, wanted, file.get()) != wanted) {
        const int error = std::ferror(file.get()) ? errno : EIO;
        return fail(fmt::format("{} cannot be read ({})", path, std::strerror(error)));
    }
    return header;
}

// A page size field of 1 means 65536; anything but a power of two from 512
// up is not a database SQLite wrote.
std::uint32_t pageSizeOf(const std::array<unsigned char, headerSize> &header) {
    const std::uint32_t field = bigEndian(&header[16], 2);
    const std::uint32_t size = field == 1 ? 65536 : field;
    const bool powerOfTwo = size != 0 && (size & (size - 1)) == 0;
    return powerOfTwo && size >= 512 ? size : 0;
}

Result<void> checkComplete(const std::string &path,
                           const std::array<unsigned char, headerSize> &header,
                           std::uintmax_t fileSize) {
    const std::uint32_t pageSize = pageSizeOf(header);
    if (pageSize == 0)
        return fail(fmt::format("{} is damaged (its header is not valid)", path));
    // A checkpoint cut short (a crash while the WAL was folded back) can
    // leave the file shorter than its header says; SQLite completes it from
    // the WAL, so only a file without one is judged by its length.
    std::error_code error;
    const auto walSize = fs::file_size(path + "-wal", error);
    if (!error && walSize > 0)
        return {};
    const auto truncated = [&] {
        return fail(fmt::format("{} is damaged (the file is truncated)", path));
    };
    if (fileSize % pageSize != 0)
        return truncated();
    // The page count in the header is only valid when the "version valid
    // for" number matches the change counter (written by SQLite >= 3.7.0).
    const std::uint32_t pages = bigEndian(&header[28], 4);
    const bool countValid = bigEndian(&header[92], 4) == bigEndian(&header[24], 4);
    if (countValid && pages > 0 && fileSize < std::uintmax_t{pages} * pageSize)
        return truncated();
    return {};
}

// The first 32 bytes of a WAL file (https://sqlite.org/fileformat.html#walformat).
constexpr std::size_t walHeaderSize = 32;

// The WAL header's checksum over its first 24 bytes; the magic number's
// last bit says in which byte order the words are summed.
bool walChecksumMatches(const std::array<unsigned char, walHeaderSize> &wal) {
    const bool bigEndianWords = (wal[3] & 1) != 0;
    const auto word = [&](int at) {
        const std::uint32_t big = bigEndian(&wal[at], 4);
        return bigEndianWords ? big : __builtin_bswap32(big);
    };
    std::uint32_t s0 = 0;
    std::uint32_t s1 = 0;
    for (int at = 0; at < 24; at += 8) {
        s0 += word(at) + s1;
        s1 += word(at + 4) + s0;
    }
    return s0 == bigEndian(&wal[24], 4) && s1 == bigEndian(&wal[28], 4);
}

// Why a WAL cannot be the file's own, or nothing. SQLite reads any -wal
// beside a file and lays its pages over the file's, and a WAL does not name
// its database; what can be compared is compared: it must be a WAL SQLite
// wrote (magic number, format, checksum), of the file's page size, beside a
// file whose header says it is in WAL mode (bytes 18 and 19 both 2) — a file
// in rollback mode never wrote a WAL, and an empty or missing one has no
// pages for it.
std::optional<std::string> walMismatch(const std::array<unsigned char, walHeaderSize> &wal,
                                       std::uintmax_t walSize, const unsigned char *header) {
    const std::uint32_t magicNumber = bigEndian(&wal[0], 4);
    if (walSize < walHeaderSize || (magicNumber & ~1u) != 0x377f0682 ||
        bigEndian(&wal[4], 4) != 3007000 || !walChecksumMatches(wal))
        return "it is not a WAL file SQLite wrote";
    if (header == nullptr)
        return "there is no database for it";
    if (header[18] != 2 || header[19] != 2)
        return "the file is not in WAL mode, so it never wrote one";
    std::array<unsigned char, headerSize> copy{};
    std::copy(header, header + headerSize, copy.begin());
    if (bigEndian(&wal[8], 4) != pageSizeOf(copy))
        return "its page size differs from the file's";
    return std::nullopt;
}

// Refuses a non-empty -wal beside `path` that cannot be the file's own,
// before SQLite sees either file: both are left as they are.
Result<void> checkWalBeside(const std::string &path, const unsigned char *header) {
    const std::string walPath = path + "-wal";
    std::error_code error;
    const std::uintmax_t walSize = fs::file_size(walPath, error);
    if (error || walSize == 0)
        return {};
    std::array<unsigned char, walHeaderSize> wal{};
    File file(std::fopen(walPath.c_str(), "rb"));
    if (!file)
        return fail(fmt::format("{} cannot be read ({})", walPath, std::strerror(errno)));
    const std::size_t wanted = std::min<std::uintmax_t>(walSize, walHeaderSize);
    if (std::fread(wal.data(), 1, wanted, file.get()) != wanted)
        return fail(fmt::format("{} cannot be read ({})", walPath, std::strerror(EIO)));
    if (const auto reason = walMismatch(wal, walSize, header)) {
        return fail(fmt::format("{} has a file {} beside it that is not its own ({}); Castnet "
                                "will not open it until that file is moved away",
                                path, walPath, *reason));
    }
    return {};
}

} // namespace

Result<WorkspaceFileKind> inspectWorkspaceFile(const std::string &path) {
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (status.type() == fs::file_type::not_found) {
        CASTNET_TRY_VOID(checkWalBeside(path, nullptr));
        return WorkspaceFileKind::Missing;
    }
    if (error)
        return fail(fmt::format("{} cannot be read ({})", path, error.message()));
    if (status.type() == fs::file_type::directory)
        return fail(fmt::format("{} is a folder, not a Castnet workspace file", path));
    if (status.type() != fs::file_type::regular)
        return fail(fmt::format("{} is not a Castnet workspace (not a regular file)", path));

    const std::uintmax_t size = fs::file_size(path, error);
    if (error)
        return fail(fmt::format("{} cannot be read ({})", path, error.message()));
    // Read even an empty file: a file that cannot be opened for reading is
    // refused before SQLite sees it.
    CASTNET_TRY(const auto header, readHeader(path, size));
    if (size == 0) {
        CASTNET_TRY_VOID(checkWalBeside(path, nullptr));
        return WorkspaceFileKind::Empty;
    }
    const std::string_view start(reinterpret_cast<const char *>(header.data()), magic.size());
    if (size < headerSize || start != magic) {
        return fail(fmt::format("{} is not a Castnet workspace (not an SQLite database)", path));
    }
    CASTNET_TRY_VOID(checkWalBeside(path, header.data()));
    CASTNET_TRY_VOID(checkComplete(path, header, size));
    return WorkspaceFileKind::Database;
}

namespace {

// Whether the files at `a` and `b` hold the same bytes.
bool sameBytes(const std::string &a, const std::string &b) {
    std::error_code error;
    if (fs::file_size(a, error) != fs::file_size(b, error) || error)
        return false;
    File first(std::fopen(a.c_str(), "rb"));
    File second(std::fopen(b.c_str(), "rb"));
    if (!first || !second)
        return false;
    std::array<char, 1 << 16> left{};
    std::array<char, 1 << 16> right{};
    while (true) {
        const std::size_t got = std::fread(left.data(), 1, left.size(), first.get());
        if (std::fread(right.data(), 1, right.size(), second.get()) != got ||
            std::memcmp(left.data(), right.data(), got) != 0)
            return false;
        if (got < left.size())
            return !std::ferror(first.get()) && !std::ferror(second.get());
    }
}

} // namespace

Result<BackupCopy> writeBackupCopy(const std::string &from, int version) {
    CASTNET_TRY(const std::string bytes, readFile(from));
    std::string to = fmt::format("{}.v{}.bak", from, version);
    for (int attempt = 2;; ++attempt) {
        std::error_code error;
        if (!fs::exists(to, error)) {
            // The copy must be on disk, whole, before the migration starts.
            auto written = createFileAtomically(to, bytes);
            if (written)
                return BackupCopy{to, true};
            if (fs::exists(to, error))
                continue; // another program made it meanwhile: look at it again
            std::string reason = written.error().message;
            const std::string prefix = fmt::format("cannot write \"{}\": ", to);
            if (reason.starts_with(prefix))
                reason.erase(0, prefix.size());
            return fail(fmt::format("cannot write the backup copy {} ({})", to, reason));
        }
        if (sameBytes(from, to))
            return BackupCopy{to, false};
        to = fmt::format("{}.v{}-{}.bak", from, version, attempt);
    }
}

void removeCreatedWorkspaceFile(const std::string &path) {
    std::error_code error;
    fs::path file(path);
    if (fs::is_symlink(file, error)) {
        file = fs::canonical(file, error);
        if (error)
            return; // the link leads nowhere: nothing was created through it
    }
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        fs::remove(file.string() + suffix, error);
}

} // namespace castnet::core::sqlite
