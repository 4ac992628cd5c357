// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <linux/capability.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <fmt/format.h>

#include "core/storage/sqlite/sqlite_workspace.h"
#include "tests/core/storage/sqlite/workspace_test_support.h"

namespace castnet::core {
namespace {

namespace fs = std::filesystem;
using testing::RawDatabase;
using testing::readBytes;
using testing::TempDir;
using testing::writeBytes;

// Gives up the capabilities that let root ignore file modes (an ordinary
// user has none to give up), so that a child process meets a file's
// permissions as a user would.
void dropFileModeOverrides() {
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2]{};
    syscall(SYS_capget, &header, data);
    for (const int capability : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER})
        data[capability / 32].effective &= ~(1u << (capability % 32));
    syscall(SYS_capset, &header, data);
}

// Opens `path` without those capabilities, prints the error and exits 0
// when the open was refused as a user error.
[[noreturn]] void openWithoutReadOverride(const std::string &path) {
    dropFileModeOverrides();
    auto workspace = SqliteWorkspace::open(path, SqliteWorkspace::OpenMode::MustExist);
    if (!workspace) {
        std::fputs(workspace.error().message.c_str(), stderr);
        std::exit(workspace.error().kind == Error::Kind::User ? 0 : 1);
    }
    std::exit(2);
}

// Opens `path` without those capabilities and tries to add a brand: prints
// the error and exits 0 when the open succeeded and the change was refused
// as a user error.
[[noreturn]] void changeWithoutWriteOverride(const std::string &path) {
    dropFileModeOverrides();
    auto workspace = SqliteWorkspace::open(path, SqliteWorkspace::OpenMode::MustExist);
    if (!workspace) {
        std::fprintf(stderr, "open refused: %s", workspace.error().message.c_str());
        std::exit(3);
    }
    if (auto brands = (*workspace)->brands(); !brands || brands->size() != 1)
        std::exit(4);
    auto added = (*workspace)->addBrand(testing::makeBrand("Bolt Bikes"));
    if (added)
        std::exit(2);
    std::fputs(added.error().message.c_str(), stderr);
    std::exit(added.error().kind == Error::Kind::User ? 0 : 1);
}

// Every refusal is a one-line user error, and the file is left exactly as
// it was: same bytes, no journal or WAL files beside it.
class WorkspaceRefusalTest : public ::testing::Test {
protected:
    void SetUp() override { path = dir.file("castnet.db"); }

    // A real workspace with a brand, a campaign and some activities.
    void makeWorkspace() {
        auto workspace = testing::openWorkspace(path);
        ASSERT_NE(workspace, nullptr);
        auto brand = workspace->addBrand(testing::makeBrand("Acme Coffee"));
        ASSERT_TRUE(brand.has_value());
        auto campaign = workspace->addCampaign(testing::makeCampaign(brand->id, "Launch"));
        ASSERT_TRUE(campaign.has_value());
        std::vector<Activity> activities(300, testing::makeActivity("Reel"));
        ASSERT_TRUE(workspace->addActivities(campaign->id, activities));
    }

    // Opens the file, expects a refusal containing `expected`, and checks
    // that nothing changed.
    void
    expectRefused(const std::string &expected,
                  SqliteWorkspace::OpenMode mode = SqliteWorkspace::OpenMode::CreateIfMissing) {
        const bool existed = fs::exists(path);
        const bool file = fs::is_regular_file(path);
        const std::string before = file ? readBytes(path) : std::string();
        auto workspace = SqliteWorkspace::open(path, mode);
        ASSERT_FALSE(workspace.has_value());
        EXPECT_EQ(workspace.error().kind, Error::Kind::User);
        EXPECT_NE(workspace.error().message.find(expected), std::string::npos)
            << workspace.error().message;
        EXPECT_EQ(workspace.error().message.find('\n'), std::string::npos)
            << workspace.error().message;
        EXPECT_EQ(fs::exists(path), existed);
        if (file) {
            EXPECT_EQ(readBytes(path), before);
        }
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            EXPECT_FALSE(fs::exists(path + suffix)) << suffix;
    }

    TempDir dir;
    std::string path;
};

TEST_F(WorkspaceRefusalTest, AFileThatIsNotADatabaseIsRefused) {
    writeBytes(path, "channel,title,format\nInstagram,Reel,video\n");
    expectRefused(fmt::format("{} is not a Castnet workspace (not an SQLite database)", path));
}

TEST_F(WorkspaceRefusalTest, AShortFileIsNotADatabase) {
    writeBytes(path, "SQLite format 3");
    expectRefused("is not a Castnet workspace (not an SQLite database)");
}

TEST_F(WorkspaceRefusalTest, ATruncatedDatabaseIsRefused) {
    makeWorkspace();
    const std::string whole = readBytes(path);
    ASSERT_GT(whole.size(), 8192u);
    writeBytes(path, whole.substr(0, whole.size() / 2)); // a copy cut short
    expectRefused(fmt::format("{} is damaged (the file is truncated)", path));
    writeBytes(path, whole.substr(0, 4096 * 2)); // cut at a page boundary
    expectRefused("is damaged");
}

TEST_F(WorkspaceRefusalTest, ADamagedPageIsRefused) {
    makeWorkspace();
    std::string bytes = readBytes(path);
    const std::size_t page = 4096;
    ASSERT_GT(bytes.size(), 6 * page);
    // Scribble over a b-tree page header in the middle of the file.
    for (std::size_t i = 4 * page; i < 4 * page + 64; ++i)
        bytes[i] = static_cast<char>(0xA5);
    writeBytes(path, bytes);
    expectRefused("is damaged");
}

TEST_F(WorkspaceRefusalTest, ADamagedHeaderIsRefused) {
    makeWorkspace();
    std::string bytes = readBytes(path);
    // Bytes 16-17 hold the page size; 3 is not a power of two.
    bytes[16] = 0;
    bytes[17] = 3;
    writeBytes(path, bytes);
    expectRefused("is damaged (its header is not valid)");
}

TEST_F(WorkspaceRefusalTest, AWorkspaceFromANewerCastnetIsRefused) {
    makeWorkspace();
    RawDatabase(path).exec("PRAGMA user_version = 7");
    expectRefused(fmt::format("{} was written by a newer Castnet (schema 7); this version reads "
                              "up to {}",
                              path, SqliteWorkspace::schemaVersion));
}

TEST_F(WorkspaceRefusalTest, AFolderIsRefused) {
    fs::create_directory(path);
    expectRefused(fmt::format("{} is a folder, not a Castnet workspace file", path));
}

TEST_F(WorkspaceRefusalTest, AFifoIsRefusedWithoutWaitingForAWriter) {
    ASSERT_EQ(mkfifo(path.c_str(), 0600), 0);
    expectRefused("is not a Castnet workspace (not a regular file)");
}

TEST_F(WorkspaceRefusalTest, AMissingFileIsRefusedWhenItMustExist) {
    expectRefused(fmt::format("{} does not exist", path), SqliteWorkspace::OpenMode::MustExist);
}

TEST_F(WorkspaceRefusalTest, AFileInAMissingFolderCannotBeCreated) {
    path = dir.file("no-such-folder/castnet.db");
    expectRefused("the folder");
    EXPECT_FALSE(fs::exists(dir.file("no-such-folder")));
}

TEST_F(WorkspaceRefusalTest, AWorkspaceWithATriggerIsRefusedNamingIt) {
    makeWorkspace();
    RawDatabase(path).exec("CREATE TRIGGER sneaky AFTER INSERT ON activity BEGIN "
                           "DELETE FROM brand; END");
    expectRefused("holds a trigger that Castnet did not create (\"sneaky\")");
}

TEST_F(WorkspaceRefusalTest, AnotherProgramsDatabaseIsRefused) {
    RawDatabase(path).exec("CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL);"
                           "INSERT INTO invoice (total) VALUES (12.5);");
    expectRefused(fmt::format("{} is not a Castnet workspace (it holds other tables, such as "
                              "\"invoice\"",
                              path, SqliteWorkspace::schemaVersion));
}

TEST_F(WorkspaceRefusalTest, ADatabaseMissingACastnetColumnIsRefused) {
    RawDatabase(path).exec("CREATE TABLE brand (id INTEGER PRIMARY KEY, name TEXT);"
                           "PRAGMA user_version = 2;");
    expectRefused("is not a Castnet workspace (table brand has no column industry)");
}

TEST_F(WorkspaceRefusalTest, AFileThatCannotBeReadIsRefused) {
    makeWorkspace();
    const std::string before = readBytes(path);
    fs::permissions(path, fs::perms::none);
    // Root reads any file, so the open runs in a child process that gives
    // up that power first.
    EXPECT_EXIT(openWithoutReadOverride(path), ::testing::ExitedWithCode(0),
                "cannot be read \\(Permission denied\\)");
    fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write);
    EXPECT_EQ(readBytes(path), before);
}

TEST_F(WorkspaceRefusalTest, AReadOnlyFileCanBeReadButChangesAreRefusedClearly) {
    makeWorkspace();
    const std::string before = readBytes(path);
    fs::permissions(path, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    EXPECT_EXIT(changeWithoutWriteOverride(path), ::testing::ExitedWithCode(0),
                "cannot save to .*: the file is read-only");
    fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write);
    EXPECT_EQ(readBytes(path), before);
}

// Opens `path` without the capabilities that let root ignore file modes,
// reads its brands and closes it: exits 0 when that worked.
[[noreturn]] void readWithoutWriteOverride(const std::string &path) {
    dropFileModeOverrides();
    auto workspace = SqliteWorkspace::open(path, SqliteWorkspace::OpenMode::MustExist);
    if (!workspace) {
        std::fprintf(stderr, "open refused: %s", workspace.error().message.c_str());
        std::exit(3);
    }
    auto brands = (*workspace)->brands();
    if (!brands || brands->size() != 1 || brands->front().name != "Acme Coffee")
        std::exit(4);
    auto activities = (*workspace)->activities(CampaignId{1});
    if (!activities || activities->size() != 300)
        std::exit(5);
    workspace->reset();
    std::exit(0);
}

TEST_F(WorkspaceRefusalTest, AReadOnlyFileIsReadWithoutLeavingFilesBesideIt) {
    makeWorkspace();
    const std::string before = readBytes(path);
    fs::permissions(path, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    EXPECT_EXIT(readWithoutWriteOverride(path), ::testing::ExitedWithCode(0), "");
    fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write);
    EXPECT_EQ(readBytes(path), before);
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        EXPECT_FALSE(fs::exists(path + suffix)) << suffix;
}

// As on a read-only file system (which the tests cannot mount): neither the
// file nor its folder can be written, so SQLite could not create the -wal
// and -shm files that reading a WAL file needs.
TEST_F(WorkspaceRefusalTest, AWorkspaceInAFolderThatCannotBeWrittenCanBeRead) {
    makeWorkspace();
    const std::string before = readBytes(path);
    fs::permissions(dir.path(), fs::perms::owner_read | fs::perms::owner_exec);
    EXPECT_EXIT(readWithoutWriteOverride(path), ::testing::ExitedWithCode(0), "");
    fs::permissions(dir.path(), fs::perms::owner_all);
    EXPECT_EQ(readBytes(path), before);
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        EXPECT_FALSE(fs::exists(path + suffix)) << suffix;
}

TEST_F(WorkspaceRefusalTest, AReadOnlyFileWithAWalBesideItIsNotReadPastTheWal) {
    // A WAL left by a crash holds changes the file does not: the file is not
    // opened as immutable then (that would ignore them), but as before.
    makeWorkspace();
    {
        RawDatabase raw(path);
        raw.exec("PRAGMA wal_autocheckpoint = 0; UPDATE brand SET name = 'Acme Roasters'");
        const std::string copy = dir.file("crashed.db");
        fs::copy_file(path, copy);
        fs::copy_file(path + "-wal", copy + "-wal");
        path = copy;
    }
    fs::permissions(path, fs::perms::owner_read);
    EXPECT_EXIT(
        {
            dropFileModeOverrides();
            auto workspace = SqliteWorkspace::open(path, SqliteWorkspace::OpenMode::MustExist);
            const bool sawWal = workspace && (*workspace)->brands() &&
                                (*workspace)->brands()->front().name == "Acme Roasters";
            // Seeing the old name would be wrong; a refusal is fine.
            std::exit(!workspace || sawWal ? 0 : 1);
        },
        ::testing::ExitedWithCode(0), "");
}

TEST_F(WorkspaceRefusalTest, AnInMemoryNameOrAnSqliteUriIsRefusedAndCreatesNothing) {
    const fs::path before = fs::current_path();
    fs::current_path(dir.path());
    for (const std::string name : {":memory:", "file:x.db?mode=memory", "file:castnet.db", ""}) {
        auto workspace = SqliteWorkspace::open(name, SqliteWorkspace::OpenMode::CreateIfMissing);
        ASSERT_FALSE(workspace.has_value()) << name;
        EXPECT_EQ(workspace.error().kind, Error::Kind::User);
        EXPECT_EQ(workspace.error().field, "db");
    }
    fs::current_path(before);
    EXPECT_TRUE(fs::is_empty(dir.path()));
}

TEST_F(WorkspaceRefusalTest, ARefusedFileLeavesTheWalBesideItUntouched) {
    makeWorkspace();
    // A copy taken while another program had changes only in its WAL, as
    // after a crash.
    const std::string crashed = dir.file("crashed.db");
    {
        RawDatabase raw(path);
        raw.exec("PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;"
                 "CREATE TRIGGER sneaky AFTER INSERT ON brand BEGIN DELETE FROM brand; END;");
        fs::copy_file(path, crashed);
        fs::copy_file(path + "-wal", crashed + "-wal");
    }
    const std::string database = readBytes(crashed);
    const std::string wal = readBytes(crashed + "-wal");
    ASSERT_FALSE(wal.empty());
    auto workspace = SqliteWorkspace::open(crashed, SqliteWorkspace::OpenMode::MustExist);
    ASSERT_FALSE(workspace.has_value());
    EXPECT_NE(workspace.error().message.find("holds a trigger"), std::string::npos)
        << workspace.error().message;
    EXPECT_EQ(readBytes(crashed), database);
    EXPECT_EQ(readBytes(crashed + "-wal"), wal);
}

// ---- code in a file's schema -----------------------------------------------
// Nothing below is executed while a file is checked: views are only
// prepared, definitions only compared.

TEST_F(WorkspaceRefusalTest, AViewThatCallsAFunctionIsRefusedNamingIt) {
    makeWorkspace();
    RawDatabase(path).exec("CREATE VIEW shouting AS SELECT upper(title) AS loud FROM activity");
    expectRefused("holds a view \"shouting\" that calls the function upper()");
}

TEST_F(WorkspaceRefusalTest, AViewThatWouldLoadAnExtensionIsRefused) {
    makeWorkspace();
    RawDatabase(path).exec("CREATE VIEW loader AS SELECT load_extension('/nonexistent/evil') AS x");
    expectRefused("holds a view \"loader\"");
}

TEST_F(WorkspaceRefusalTest, AViewReadingAViewThatCallsAFunctionIsRefused) {
    makeWorkspace();
    RawDatabase(path).exec("CREATE VIEW inner_view AS SELECT hex(randomblob(8)) AS noise;"
                           "CREATE VIEW outer_view AS SELECT noise FROM inner_view;");
    expectRefused("that calls the function");
}

TEST_F(WorkspaceRefusalTest, AChangedCastnetTableDefinitionIsRefused) {
    makeWorkspace();
    // The CHECK would overflow (and fail every insert) if it ever ran.
    RawDatabase(path).exec(
        "PRAGMA writable_schema = ON;"
        "UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (length(trim(channel)) > 0)', "
        "'CHECK (abs(-9223372036854775807 - 1) > 0)') WHERE name = 'activity';"
        "PRAGMA writable_schema = OFF;");
    ASSERT_EQ(
        RawDatabase(path).integer("SELECT count(*) FROM sqlite_schema WHERE sql LIKE '%abs(%'"), 1);
    expectRefused("has a definition of table activity that Castnet did not write");
}

TEST_F(WorkspaceRefusalTest, AnIndexComputingAnExpressionOnACastnetTableIsRefused) {
    makeWorkspace();
    RawDatabase(path).exec("CREATE INDEX by_loud_title ON activity (upper(title))");
    expectRefused("holds an index \"by_loud_title\" on Castnet's table activity");
}

TEST_F(WorkspaceRefusalTest, APartialIndexOnACastnetTableIsRefused) {
    makeWorkspace();
    RawDatabase(path).exec("CREATE INDEX long_titles ON activity (title) WHERE length(title) > 3");
    expectRefused("holds an index \"long_titles\"");
}

TEST_F(WorkspaceRefusalTest, ATableReferencingACastnetTableIsRefused) {
    makeWorkspace();
    RawDatabase(path).exec("CREATE TABLE brand_log (brand_id INTEGER REFERENCES brand (id) "
                           "ON DELETE SET DEFAULT DEFAULT 0)");
    expectRefused("holds a table \"brand_log\" that references Castnet's table brand");
}

TEST_F(WorkspaceRefusalTest, AUsersTableWithACheckIsOpenedWithoutEvaluatingIt) {
    makeWorkspace();
    // The CHECK overflows if anything evaluates it, as a whole-file
    // quick_check would.
    RawDatabase(path).exec("CREATE TABLE my_numbers (x INTEGER); INSERT INTO my_numbers VALUES (1);"
                           "PRAGMA writable_schema = ON;"
                           "UPDATE sqlite_schema SET sql = 'CREATE TABLE my_numbers (x INTEGER "
                           "CHECK (abs(-9223372036854775807 - 1) > 0))' WHERE name = 'my_numbers';"
                           "PRAGMA writable_schema = OFF;");
    auto workspace = SqliteWorkspace::open(path, SqliteWorkspace::OpenMode::MustExist);
    ASSERT_TRUE(workspace.has_value()) << workspace.error().message;
    EXPECT_TRUE((*workspace)->addBrand(testing::makeBrand("Bolt Bikes")).has_value());
}

// ---- what a workspace file may hold ----------------------------------------
// Rows and files that SQLite's own checks allow but Castnet would never have
// written (DESIGN §10): refused at open, naming table, row and reason.

TEST_F(WorkspaceRefusalTest, AnExpressionIndexNamedLikeSqlitesOwnIsRefused) {
    makeWorkspace();
    // SQLite reserves sqlite_* names, but writable_schema renames anything.
    RawDatabase(path).exec("CREATE INDEX sneaky ON activity (abs(cadence_per_week));"
                           "PRAGMA writable_schema = ON;"
                           "UPDATE sqlite_schema SET name = 'sqlite_sneaky', "
                           "sql = replace(sql, 'sneaky', 'sqlite_sneaky') WHERE name = 'sneaky';"
                           "PRAGMA writable_schema = OFF;");
    expectRefused("holds an index \"sqlite_sneaky\" on Castnet's table activity");
}

TEST_F(WorkspaceRefusalTest, AnIndexMissingRowsOfItsTableIsRefused) {
    makeWorkspace();
    // activity_order is given the b-tree of an index holding only the first
    // 10 of the 300 activities: every read through it would miss 290.
    RawDatabase(path).exec(
        "CREATE INDEX few ON activity (campaign_id, position) WHERE id <= 10;"
        "PRAGMA writable_schema = ON;"
        "UPDATE sqlite_schema SET rootpage = (SELECT rootpage FROM sqlite_schema "
        "WHERE name = 'few') WHERE name = 'activity_order';"
        "DELETE FROM sqlite_schema WHERE name = 'few';"
        "PRAGMA writable_schema = OFF;");
    ASSERT_EQ(RawDatabase(path).integer("SELECT count(*) FROM activity INDEXED BY activity_order "
                                        "WHERE campaign_id = 1"),
              10);
    expectRefused("is damaged (SQLite's check reports:");
}

TEST_F(WorkspaceRefusalTest, ADatabaseHoldingOnlyAViewIsNotMadeAWorkspace) {
    RawDatabase(path).exec("CREATE VIEW answer AS SELECT 42 AS value");
    expectRefused("is not a Castnet workspace (it holds other views, such as \"answer\"");
}

// The other database's WAL, copied beside `path` while its changes were
// only in it.
void placeWalOfAnotherDatabase(const TempDir &dir, const std::string &path, int pageSize) {
    const std::string other = dir.file("other.db");
    RawDatabase raw(other);
    raw.exec(fmt::format("PRAGMA page_size = {}; PRAGMA journal_mode = WAL; "
                         "PRAGMA wal_autocheckpoint = 0; CREATE TABLE brand (name TEXT);"
                         "INSERT INTO brand VALUES ('Other Brand');",
                         pageSize));
    fs::copy_file(other + "-wal", path + "-wal");
}

void expectWalRefused(const std::string &path, const std::string &reason) {
    const std::string database = readBytes(path);
    const std::string wal = readBytes(path + "-wal");
    auto workspace = SqliteWorkspace::open(path, SqliteWorkspace::OpenMode::MustExist);
    ASSERT_FALSE(workspace.has_value());
    EXPECT_EQ(workspace.error().kind, Error::Kind::User);
    EXPECT_NE(workspace.error().message.find(fmt::format(
                  "{} has a file {}-wal beside it that is not its own ({})", path, path, reason)),
              std::string::npos)
        << workspace.error().message;
    EXPECT_EQ(readBytes(path), database);
    EXPECT_EQ(readBytes(path + "-wal"), wal);
    EXPECT_FALSE(fs::exists(path + "-shm"));
}

TEST_F(WorkspaceRefusalTest, AWalBesideAFileInRollbackModeIsRefusedAndBothAreKept) {
    makeWorkspace();
    RawDatabase(path).exec("PRAGMA journal_mode = DELETE");
    placeWalOfAnotherDatabase(dir, path, 4096);
    expectWalRefused(path, "the file is not in WAL mode, so it never wrote one");
}

TEST_F(WorkspaceRefusalTest, AWalOfAnotherPageSizeIsRefusedAndBothAreKept) {
    makeWorkspace();
    placeWalOfAnotherDatabase(dir, path, 8192);
    expectWalRefused(path, "its page size differs from the file's");
}

TEST_F(WorkspaceRefusalTest, AWalThatIsNotOneIsRefusedAndBothAreKept) {
    makeWorkspace();
    writeBytes(path + "-wal", std::string(4096, 'w'));
    expectWalRefused(path, "it is not a WAL file SQLite wrote");
}

TEST_F(WorkspaceRefusalTest, ARowTheChecksAllowButCastnetRefusesIsNamedAtOpen) {
    makeWorkspace(); // brand 1, campaign 1 of 26 weeks, activities 1 to 300 of weeks 1 to 10
    const std::string clean = readBytes(path);
    const struct {
        const char *sql;
        const char *expected;
    } cases[] = {
        {"UPDATE activity SET end_week = 30 WHERE id = 7",
         "(table activity, row 7: end_week 30 is after the campaign's 26 weeks)"},
        {"UPDATE campaign SET weeks = 5",
         "(table activity, row 1: end_week 10 is after the campaign's 5 weeks)"},
        {"UPDATE activity SET notes = printf('%.*c', 10001, 'x') WHERE id = 8",
         "(table activity, row 8: notes must be at most 10000 characters long"},
        {"UPDATE activity SET title = CAST(x'52ff65656c' AS TEXT) WHERE id = 9",
         "(table activity, row 9: title"},
        {"UPDATE brand SET notes = CAST(x'610062' AS TEXT)", "(table brand, row 1: "},
        {"UPDATE activity SET id = -4 WHERE id = 4",
         "(table activity, row -4: the id must be from 1 to 9007199254740992)"},
        {"UPDATE activity SET campaign_id = 99 WHERE id = 5",
         "(table activity, row 5: its campaign 99 does not exist)"},
        {"INSERT INTO scenario (id, campaign_id, name) VALUES (3, 1, 'Mix');"
         "INSERT INTO scenario_allocation VALUES (3, 9999, 1)",
         "(table scenario_allocation, row 3: activity 9999: the activity does not exist)"},
        {"UPDATE campaign SET start_date = '2025-02-30'", "(table campaign, row 1: start_date"},
        {"UPDATE sqlite_sequence SET seq = 9223372036854775807 WHERE name = 'activity'",
         "(table sqlite_sequence, row \"activity\": the last id must be from 0 to "
         "9007199254740991, not 9223372036854775807)"},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.sql);
        writeBytes(path, clean);
        RawDatabase(path).exec(c.sql); // foreign keys are off, as in any SQLite tool
        expectRefused(
            fmt::format("{} holds a row that Castnet does not accept {}", path, c.expected),
            SqliteWorkspace::OpenMode::MustExist);
    }
}

// The tables of actuals, baselines and calibrations are checked at open like
// the plan's own: a row written behind Castnet's back is named, not read.
TEST_F(WorkspaceRefusalTest, AnActualsBaselineOrCalibrationRowCastnetRefusesIsNamedAtOpen) {
    makeWorkspace(); // campaign 1 of 26 weeks, activities 1 to 300 of weeks 1 to 10
    const std::string clean = readBytes(path);
    const std::string frozenCampaign =
        "INSERT INTO baseline SELECT 1, {}, 'Plan', '2026-01-01T00:00:00Z', name, objective, "
        "start_date, {}, capacity_hours_per_week, budget_per_week_cents, currency, return_unit, "
        "automation_saving FROM campaign;";
    const std::string frozenActivity =
        "INSERT INTO baseline_activity SELECT {}, id, campaign_id, channel, title, format, "
        "interaction, automated, goal, cadence_per_week, hours_per_occurrence, setup_hours, "
        "cost_per_occurrence_cents, start_week, end_week, max_weekly_return, "
        "half_saturation_hours, shape, carryover, track, notes, uid, revision, position "
        "FROM activity WHERE id = 1;";
    const struct {
        std::string sql;
        const char *expected;
    } cases[] = {
        {"INSERT INTO actual VALUES (1, 30, 1, 0, 0, NULL, '')",
         "(table actual, activity 1, week 30: week must lie within the campaign's 26 weeks)"},
        {"INSERT INTO actual VALUES (9999, 2, 1, 0, 0, NULL, '')",
         "(table actual, activity 9999, week 2: the activity does not exist)"},
        {fmt::format(fmt::runtime(frozenCampaign), 99, "weeks"),
         "(table baseline, row 1: its campaign does not exist)"},
        {fmt::format(fmt::runtime(frozenCampaign), 1, 0), "(table baseline, row 1: weeks"},
        {fmt::format(fmt::runtime(frozenCampaign), 1, 5) +
             fmt::format(fmt::runtime(frozenActivity), 1),
         "(table baseline_activity, baseline 1, activity 1: end_week 10 is after the "
         "campaign's 5 weeks)"},
        {fmt::format(fmt::runtime(frozenActivity), 7),
         "(table baseline_activity, baseline 7, activity 1: its baseline does not exist)"},
        {"INSERT INTO calibration (id, activity_id, calibrated_at, weeks_with_results, fitted, "
         "sse) VALUES (1, 9999, '2026-01-01T00:00:00Z', 8, 'max_weekly_return', 0)",
         "(table calibration, row 1: its activity 9999 does not exist)"},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.sql);
        writeBytes(path, clean);
        RawDatabase(path).exec(c.sql);
        expectRefused(
            fmt::format("{} holds a row that Castnet does not accept {}", path, c.expected),
            SqliteWorkspace::OpenMode::MustExist);
    }
    // The same file without the damage opens.
    writeBytes(path, clean);
    EXPECT_TRUE(SqliteWorkspace::open(path, SqliteWorkspace::OpenMode::MustExist));
}

TEST_F(WorkspaceRefusalTest, AWorkspaceWithoutSqliteSequenceIsRefused) {
    makeWorkspace();
    RawDatabase(path).exec("PRAGMA writable_schema = ON;"
                           "DELETE FROM sqlite_schema WHERE name = 'sqlite_sequence';"
                           "PRAGMA writable_schema = OFF;");
    expectRefused("(it has no sqlite_sequence table");
}

// ---- what is accepted ------------------------------------------------------

TEST_F(WorkspaceRefusalTest, AnEmptyFileBecomesANewWorkspace) {
    writeBytes(path, "");
    auto workspace = testing::openWorkspace(path, SqliteWorkspace::OpenMode::MustExist);
    ASSERT_NE(workspace, nullptr);
    EXPECT_EQ(workspace->isEmpty(), true);
    workspace.reset();
    EXPECT_EQ(RawDatabase(path).integer("PRAGMA user_version"), SqliteWorkspace::schemaVersion);
    EXPECT_FALSE(fs::exists(path + ".v0.bak"));
}

TEST_F(WorkspaceRefusalTest, AnSqliteFileWithoutTablesBecomesANewWorkspace) {
    RawDatabase(path).exec("CREATE TABLE scratch (x); DROP TABLE scratch;");
    ASSERT_GT(fs::file_size(path), 0u);
    auto workspace = testing::openWorkspace(path, SqliteWorkspace::OpenMode::MustExist);
    ASSERT_NE(workspace, nullptr);
    EXPECT_EQ(workspace->isEmpty(), true);
}

TEST_F(WorkspaceRefusalTest, TheUsersOwnTablesViewsAndIndexesAreLeftAlone) {
    makeWorkspace();
    RawDatabase(path).exec("CREATE TABLE my_notes (note TEXT); INSERT INTO my_notes VALUES ('hi');"
                           "CREATE VIEW my_titles AS SELECT title FROM activity;"
                           "CREATE INDEX my_channels ON activity (channel);");
    auto workspace = testing::openWorkspace(path);
    ASSERT_NE(workspace, nullptr);
    ASSERT_TRUE(workspace->addBrand(testing::makeBrand("Bolt Bikes")));
    workspace.reset();
    RawDatabase raw(path);
    EXPECT_EQ(raw.column("SELECT note FROM my_notes"), std::vector<std::string>{"hi"});
    EXPECT_EQ(raw.integer("SELECT count(*) FROM my_titles"), 300);
}

} // namespace
} // namespace castnet::core
