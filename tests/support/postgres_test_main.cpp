// SPDX-License-Identifier: GPL-3.0-or-later
// One PostgreSQL server for the whole program (tests/support/postgres_server.h).

#include <gtest/gtest.h>

#include "tests/support/postgres_server.h"

int main(int argc, char **argv) {
    ::testing::InitGoogleTest(&argc, argv);
    ::testing::AddGlobalTestEnvironment(new castnet::core::testing::PostgresEnvironment);
    return RUN_ALL_TESTS();
}
