// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "ui/common/last_folder.h"

namespace castnet::ui::test {
namespace {

TEST(LastFolderTest, TheNextDialogOpensWhereTheLastOneChoseAFile) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    rememberFolderOf(dir.filePath(QStringLiteral("plan.csv")));
    EXPECT_EQ(lastFolder(), dir.path());
    EXPECT_EQ(inLastFolder(QStringLiteral("Spring.json")),
              dir.filePath(QStringLiteral("Spring.json")));
    // A cancelled dialog returns an empty path and changes nothing.
    rememberFolderOf(QString());
    EXPECT_EQ(lastFolder(), dir.path());
}

TEST(LastFolderTest, AFolderThatIsGoneGivesTheHomeFolder) {
    QString gone;
    {
        QTemporaryDir dir;
        ASSERT_TRUE(dir.isValid());
        gone = dir.filePath(QStringLiteral("report.pdf"));
        rememberFolderOf(gone);
    }
    EXPECT_EQ(lastFolder(), QDir::homePath());
}

} // namespace
} // namespace castnet::ui::test
