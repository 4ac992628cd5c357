// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/file_io.h"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <filesystem>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

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

// A name no other writer uses, hidden beside the target so that the final
// rename() stays on one file system and is atomic.
std::string temporaryName(const fs::path &target) {
    static std::atomic<unsigned> counter{0};
    const auto ticks = std::chrono::steady_clock::now().time_since_epoch().count();
    return fmt::format(".{}.{}-{}-{}.tmp", target.filename().string(), ::getpid(), counter++,
                       static_cast<unsigned long long>(ticks) % 1000000U);
}

// The file a symbolic link points at is replaced, not the link itself.
fs::path resolveTarget(const std::string &path) {
    std::error_code error;
    if (fs::is_symlink(path, error)) {
        fs::path resolved = fs::weakly_canonical(path, error);
        if (!error)
            return resolved;
    }
    return fs::path(path);
}

// Makes the rename itself durable; a failure here loses nothing already
// written, so it is not reported.
void syncDirectory(const fs::path &directory) {
    FileDescriptor dir(::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.valid())
        ::fsync(dir.get());
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
    const fs::path target = resolveTarget(path);
    if (target.filename().empty())
        return writeError(path, EISDIR);

    struct stat existing {};
    const bool exists = ::stat(target.c_str(), &existing) == 0;
    if (exists && S_ISDIR(existing.st_mode))
        return writeError(path, EISDIR);

    const fs::path directory = target.has_parent_path() ? target.parent_path() : fs::path(".");
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
    if (::rename(temporary.c_str(), target.c_str()) != 0)
        return abandon(errno);
    syncDirectory(directory);
    return {};
}

} // namespace castnet::core
