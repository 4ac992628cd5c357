// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/uuid.h"

#include <array>
#include <cstdint>
#include <random>

namespace castnet::core {

namespace {

// Seeded once per thread: std::random_device may read the kernel's pool on
// every call, which would make a large import slow.
std::mt19937_64 &generator() {
    thread_local std::mt19937_64 engine = [] {
        std::random_device device;
        std::seed_seq seed{device(), device(), device(), device(), device(), device()};
        return std::mt19937_64(seed);
    }();
    return engine;
}

constexpr std::array<std::size_t, 4> dashes{8, 13, 18, 23};

bool isDash(std::size_t at) {
    return at == dashes[0] || at == dashes[1] || at == dashes[2] || at == dashes[3];
}

bool isHexDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

} // namespace

std::string newUuid() {
    std::array<std::uint8_t, 16> bytes{};
    for (std::size_t i = 0; i < bytes.size(); i += 8) {
        const std::uint64_t random = generator()();
        for (std::size_t j = 0; j < 8; ++j)
            bytes[i + j] = static_cast<std::uint8_t>(random >> (8 * j));
    }
    bytes[6] = static_cast<std::uint8_t>((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = static_cast<std::uint8_t>((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    constexpr const char *digits = "0123456789abcdef";
    std::string text;
    text.reserve(36);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (isDash(text.size()))
            text += '-';
        text += digits[bytes[i] >> 4];
        text += digits[bytes[i] & 0x0f];
    }
    return text;
}

bool isUuid(std::string_view text) {
    if (text.size() != 36)
        return false;
    for (std::size_t at = 0; at < text.size(); ++at) {
        if (isDash(at) ? text[at] != '-' : !isHexDigit(text[at]))
            return false;
    }
    return true;
}

} // namespace castnet::core
