// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/file_io.h"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <filesystem>
#include <optional>
#include <string_view>
#include <system_error>

#include <signal.h>
#include <stdio.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "core/domain/try.h"

namespace castnet::core {

namespace {

namespace fs = std::filesystem;

std::string reasonFor(int error) {
    switch (error) {
    case ENOENT:
        return "it does not exist";
    case EACCES:
    case EPERM:
        return "permission denied";
    case EISDIR:
        return "it is a folder, not a file";
    case ENOTDIR:
        return "a part of the path is not a folder";
    case ENOSPC:
        return "the disk is full";
    case EDQUOT:
        return "the disk quota is exhausted";
    case EROFS:
        return "the disk is read-only";
    case EFBIG:
        return "the file is larger than allowed";
    case EEXIST:
        return "it already exists";
    default:
        return std::generic_category().message(error);
    }
}

tl::unexpected<Error> readError(const std::string &path, int error) {
    return fail(fmt::format("cannot read \"{}\": {}", path, reasonFor(error)));
}

tl::unexpected<Error> writeError(const std::string &path, int error) {
    return fail(fmt::format("cannot write \"{}\": {}", path, reasonFor(error)));
}

// Closes the descriptor it holds when it goes out of scope.
class FileDescriptor {
public:
    explicit FileDescriptor(int fd)
        : m_fd(fd) {}
    ~FileDescriptor() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;

    int get() const { return m_fd; }
    bool valid() const { return m_fd >= 0; }
    // Closes now and reports whether the kernel accepted the last writes.
    bool close() {
        const int fd = m_fd;
        m_fd = -1;
        return ::close(fd) == 0;
    }

private:
    int m_fd;
};

bool writeAll(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t written = ::write(fd, bytes.data(), bytes.size());
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(written));
    }
    return true;
}

constexpr std::string_view temporarySuffix = ".tmp";

// A name no other writer uses, hidden beside the target so that the final
// rename() stays on one file system and is atomic:
// ".<name>.<pid>-<counter>-<ticks>.tmp". The pid lets a later run tell a
// file left by a killed writer from one still being written.
std::string temporaryName(const fs::path &target) {
    static std::atomic<unsigned> counter{0};
    const auto ticks = std::chrono::steady_clock::now().time_since_epoch().count();
    return fmt::format(".{}.{}-{}-{}{}", target.filename().string(), ::getpid(), counter++,
                       static_cast<unsigned long long>(ticks) % 1000000U, temporarySuffix);
}

// The pid in `name` when it is a temporary name of temporaryName(target).
std::optional<pid_t> writerOf(std::string_view name, const std::string &targetName) {
    const std::string prefix = "." + targetName + ".";
    if (!name.starts_with(prefix) || !name.ends_with(temporarySuffix))
        return std::nullopt;
    name.remove_prefix(prefix.size());
    name.remove_suffix(temporarySuffix.size());
    // pid-counter-ticks, digits only.
    int dashes = 0;
    for (const char c : name) {
        if (c == '-')
            ++dashes;
        else if (c < '0' || c > '9')
            return std::nullopt;
    }
    const std::size_t dash = name.find('-');
    if (dashes != 2 || dash == 0 || dash > 9)
        return std::nullopt;
    return static_cast<pid_t>(std::stol(std::string(name.substr(0, dash))));
}

// Removes the temporary files of writers that no longer run (killed half-way,
// say), so that they do not pile up beside the target. Files of a running
// writer, of this process, and every other file are left alone.
void removeAbandonedTemporaries(const fs::path &directory, const std::string &targetName) {
    std::error_code error;
    for (fs::directory_iterator it(directory, error), end; !error && it != end;
         it.increment(error)) {
        const std::string name = it->path().filename().string();
        const auto writer = writerOf(name, targetName);
        if (!writer || *writer == ::getpid())
            continue;
        if (::kill(*writer, 0) != 0 && errno == ESRCH)
            ::unlink(it->path().c_str());
    }
}

// The file a symbolic link points at is written, not the link itself; a
// link to a file not there yet creates that file.
fs::path resolveTarget(const std::string &path) {
    fs::path target(path);
    std::error_code error;
    // 40: the limit Linux puts on links followed in one path.
    for (int hop = 0; hop < 40 && fs::is_symlink(target, error); ++hop) {
        const fs::path next = fs::read_symlink(target, error);
        if (error)
            break;
        target = next.is_absolute() ? next : target.parent_path() / next;
    }
    return target;
}

// A folder, a device, a FIFO or a socket is not replaced by a file: another
// program reads or writes through it (what /dev/stdout points at when the
// output is piped is a FIFO).
Result<void> refuseAllButRegularFiles(const std::string &path, const struct stat &existing) {
    if (S_ISREG(existing.st_mode))
        return {};
    if (S_ISDIR(existing.st_mode))
        return writeError(path, EISDIR);
    const char *what = S_ISFIFO(existing.st_mode)                               ? "a FIFO (a pipe)"
                       : S_ISCHR(existing.st_mode) || S_ISBLK(existing.st_mode) ? "a device"
                       : S_ISSOCK(existing.st_mode)                             ? "a socket"
                                                                                : "a special file";
    return fail(fmt::format("cannot write \"{}\": it is {}, not a regular file", path, what),
                "out");
}

// Makes the rename itself durable; a failure here loses nothing already
// written, so it is not reported.
void syncDirectory(const fs::path &directory) {
    FileDescriptor dir(::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.valid())
        ::fsync(dir.get());
}

// Moves the finished temporary file to `target`; without `replace` an
// existing target stays and is an error.
int moveIntoPlace(const fs::path &temporary, const fs::path &target, bool replace) {
    if (replace)
        return ::rename(temporary.c_str(), target.c_str()) == 0 ? 0 : errno;
    if (::renameat2(AT_FDCWD, temporary.c_str(), AT_FDCWD, target.c_str(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return errno;
    // A file system without RENAME_NOREPLACE: a hard link never replaces either.
    if (::link(temporary.c_str(), target.c_str()) != 0)
        return errno;
    ::unlink(temporary.c_str());
    return 0;
}

Result<void> writeAtomically(const std::string &path, std::string_view bytes, bool replace) {
    // What is there, behind every link as the kernel follows them (also
    // /dev/stdout's, which leads to a pipe that has no name).
    struct stat existing {};
    const bool exists = ::stat(path.c_str(), &existing) == 0;
    if (exists && !replace)
        return writeError(path, EEXIST);
    if (exists)
        CASTNET_TRY_VOID(refuseAllButRegularFiles(path, existing));
    const fs::path target = resolveTarget(path);
    if (target.filename().empty())
        return writeError(path, EISDIR);

    const fs::path directory = target.has_parent_path() ? target.parent_path() : fs::path(".");
    removeAbandonedTemporaries(directory, target.filename().string());
    fs::path temporary;
    int fd = -1;
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        temporary = directory / temporaryName(target);
        // 0666 lets the umask decide, as for any file the user creates.
        fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST)
            return writeError(path, errno);
    }
    if (fd < 0)
        return writeError(path, EEXIST);

    FileDescriptor file(fd);
    const auto abandon = [&](int error) {
        if (file.valid())
            file.close();
        ::unlink(temporary.c_str());
        return writeError(path, error);
    };
    if (exists)
        ::fchmod(file.get(), existing.st_mode & 07777); // replacing keeps the file's mode
    if (!writeAll(file.get(), bytes) || ::fsync(file.get()) != 0)
        return abandon(errno);
    if (!file.close())
        return abandon(errno);
    if (const int error = moveIntoPlace(temporary, target, replace); error != 0)
        return abandon(error);
    syncDirectory(directory);
    return {};
}

} // namespace

Result<std::string> readFile(const std::string &path) {
    FileDescriptor file(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (!file.valid())
        return readError(path, errno);
    struct stat status {};
    if (::fstat(file.get(), &status) != 0)
        return readError(path, errno);
    if (S_ISDIR(status.st_mode))
        return readError(path, EISDIR);

    std::string bytes;
    if (status.st_size > 0)
        bytes.reserve(static_cast<std::size_t>(status.st_size));
    char buffer[65536];
    for (;;) {
        const ssize_t got = ::read(file.get(), buffer, sizeof buffer);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return readError(path, errno);
        }
        if (got == 0)
            break;
        bytes.append(buffer, static_cast<std::size_t>(got));
    }
    return bytes;
}

Result<void> writeFileAtomically(const std::string &path, std::string_view bytes) {
    return writeAtomically(path, bytes, true);
}

Result<void> createFileAtomically(const std::string &path, std::string_view bytes) {
    return writeAtomically(path, bytes, false);
}

Result<void> refuseSameFile(const std::string &path, const std::string &protectedPath,
                            std::string_view flag) {
    struct stat out {};
    if (::stat(path.c_str(), &out) != 0)
        return {};
    // SQLite's journal files too: replacing one would lose or damage changes.
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        struct stat guarded {};
        const std::string name = protectedPath + suffix;
        if (::stat(name.c_str(), &guarded) == 0 && guarded.st_dev == out.st_dev &&
            guarded.st_ino == out.st_ino) {
            const std::string what = *suffix ? fmt::format("{}, the workspace's journal", name)
                                             : fmt::format("the workspace {} itself", name);
            // The window has no flags: it names the file alone.
            const std::string named =
                flag.empty() ? fmt::format("\"{}\"", path) : fmt::format("--{} \"{}\"", flag, path);
            return fail(fmt::format("{} is {}; choose another file", named, what),
                        std::string(flag));
        }
    }
    return {};
}

} // namespace castnet::core
