// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace castnet::bench {

// A small deterministic generator (a 64-bit LCG), so that every run of a
// benchmark builds the same synthetic plan and figures stay comparable.
class Sequence {
public:
    explicit Sequence(std::uint64_t seed)
        : m_state(seed) {}

    double next() // in [0, 1)
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<double>(m_state >> 11) * 0x1.0p-53;
    }
    int below(int count) { return static_cast<int>(next() * count); }

private:
    std::uint64_t m_state;
};

} // namespace castnet::bench
