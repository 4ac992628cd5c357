// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actuals/bootstrap_sample.h"

#include <algorithm>
#include <cmath>

namespace castnet::core {

namespace {

// FNV-1a: a stable hash of the uid's bytes (std::hash may differ between
// builds, which would change the bands).
std::uint64_t fnv1a(std::string_view text) {
    std::uint64_t hash = 14695981039346656037ULL;
    for (char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    return hash;
}

double percentile(const std::vector<double> &sorted, double p) {
    const double position = p * static_cast<double>(sorted.size() - 1);
    const std::size_t below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    const double weight = position - static_cast<double>(below);
    return sorted[below] + weight * (sorted[above] - sorted[below]);
}

} // namespace

BootstrapSample::BootstrapSample(std::string_view uid)
    : m_state(fnv1a(uid)) {}

std::uint64_t BootstrapSample::next() {
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

std::size_t BootstrapSample::index(std::size_t count) {
    // The top 53 bits scaled: unbiased enough for a few hundred weeks.
    const double unit = static_cast<double>(next() >> 11) * 0x1.0p-53;
    return std::min(static_cast<std::size_t>(unit * static_cast<double>(count)), count - 1);
}

Band percentileBand(std::vector<double> &values) {
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    return {percentile(values, 0.1), percentile(values, 0.5), percentile(values, 0.9)};
}

} // namespace castnet::core
