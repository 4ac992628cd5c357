// SPDX-License-Identifier: GPL-3.0-or-later
// File › Import Actuals… and the Actuals grid as a user drives them: the
// preview's Apply pressed with the mouse, figures typed into the grid with
// the keyboard, and the undo history after each.
#include <memory>

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include "tests/ui/workspace_fixture.h"
#include "ui/actuals/actuals_import_dialog.h"
#include "ui/actuals/actuals_page.h"
#include "ui/actuals/actuals_table_model.h"
#include "ui/editor/activities_page.h"
#include "ui/window/campaign_tabs.h"

namespace castnet::ui {
namespace {

using core::Actual;
using core::Cents;

class ActualsImportTest : public test::UiWorkspaceTest {
protected:
    void SetUp() override {
        UiWorkspaceTest::SetUp();
        ASSERT_TRUE(m_files.isValid());
        makeTabs();
    }

    void TearDown() override {
        tabs.reset();
        UiWorkspaceTest::TearDown();
    }

    void makeTabs() {
        tabs = std::make_unique<CampaignTabs>(notifier);
        tabs->resize(1000, 640);
        ASSERT_TRUE(tabs->activitiesPage()->setCampaign(spring));
    }

    QString writeCsv(const QByteArray &text) {
        const QString file = m_files.filePath(QStringLiteral("actuals.csv"));
        QFile out(file);
        EXPECT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(text);
        return file;
    }

    QByteArray id(std::size_t activity) const {
        return QByteArray::number(static_cast<qlonglong>(springActivities[activity].value()));
    }

    std::vector<Actual> actuals() {
        auto read = workspace->actuals(spring);
        EXPECT_TRUE(read) << read.error().message;
        return read ? *read : std::vector<Actual>{};
    }

    static QPushButton *applyButton(ActualsImportDialog &dialog) {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply);
    }

    static void settle() {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
    }

    // F2 opens the cell's editor; the text replaces what it holds, Return commits.
    static void typeInto(QTableView *table, int row, int column, const QString &text) {
        table->setCurrentIndex(table->model()->index(row, column));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        ASSERT_NE(editor, table);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        settle();
    }

    std::unique_ptr<CampaignTabs> tabs;

private:
    QTemporaryDir m_files;
};

TEST_F(ActualsImportTest, ABadFileIsRefusedWithItsLineAndLeavesTheFileByteForByteUnchanged) {
    ASSERT_TRUE(workspace->storeActuals(
        spring, {{springActivities[0], 1, 2.0, 0.0, Cents{500}, 10.0, "first week"}}));
    tabs.reset();
    const QByteArray before = closedFileBytes();
    reopen();
    makeTabs();
    // Line 3 has negative hours; line 2 alone would have been fine.
    const QString file =
        writeCsv("activity_id,week,hours,result\n" + id(0) + ",2,3,12\n" + id(1) + ",2,-1,4\n");
    auto preview = tabs->actualsImportPreview(file);
    ASSERT_TRUE(preview) << preview.error().message;
    ActualsImportDialog &dialog = **preview;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_FALSE(dialog.readable());
    EXPECT_TRUE(dialog.error().contains(QStringLiteral("line 3"))) << dialog.error().toStdString();
    EXPECT_TRUE(dialog.error().contains(QStringLiteral("hours"))) << dialog.error().toStdString();
    EXPECT_TRUE(dialog.summary().contains(QStringLiteral("nothing was changed")));
    QPushButton *apply = applyButton(dialog);
    EXPECT_FALSE(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    EXPECT_FALSE(dialog.stored().has_value());
    EXPECT_EQ(stack.count(), 0);
    dialog.close();
    preview->reset();
    tabs.reset();
    EXPECT_EQ(closedFileBytes(), before);
}

TEST_F(ActualsImportTest, ApplyStoresTheFileAsOneStepAndUndoPutsBackWhatTheWeeksHeld) {
    const Actual recorded{springActivities[0], 1, 2.0, 0.0, Cents{500}, 10.0, "first week"};
    ASSERT_TRUE(workspace->storeActuals(spring, {recorded}));
    // Week 1 of the photos again (replaced), week 2 new, and two posts of
    // the questions in week 1 that add up to one week: 1.5 + 0.5 = 2 h,
    // 3 + 4 = 7 results.
    const QString file =
        writeCsv("activity_id,week,hours,cost,result,note\n" + id(0) + ",1,2.5,6,11,redone\n" +
                 id(0) + ",2,3,0,14,\n" + id(1) + ",1,1.5,0,3,\n" + id(1) + ",1,0.5,0,4,\n");
    auto preview = tabs->actualsImportPreview(file);
    ASSERT_TRUE(preview) << preview.error().message;
    ActualsImportDialog &dialog = **preview;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    ASSERT_TRUE(dialog.readable()) << dialog.error().toStdString();
    EXPECT_EQ(dialog.addedWeeks(), 2);
    EXPECT_EQ(dialog.replacedWeeks(), 1);
    const auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("importPreview"));
    ASSERT_EQ(table->rowCount(), 3);
    EXPECT_EQ(table->item(0, 7)->text(), QStringLiteral("replaced"));
    EXPECT_EQ(table->item(1, 7)->text(), QStringLiteral("added"));

    QTest::mouseClick(applyButton(dialog), Qt::LeftButton);
    ASSERT_TRUE(dialog.stored().has_value());
    EXPECT_EQ(dialog.stored()->addedWeeks, 2);
    EXPECT_EQ(dialog.stored()->replacedWeeks, 1);
    EXPECT_EQ(stack.count(), 1);
    const std::vector<Actual> imported{
        {springActivities[0], 1, 2.5, 0.0, Cents{600}, 11.0, "redone"},
        {springActivities[0], 2, 3.0, 0.0, Cents{0}, 14.0, ""},
        {springActivities[1], 1, 2.0, 0.0, Cents{0}, 7.0, ""},
    };
    EXPECT_EQ(actuals(), imported);

    stack.undo();
    EXPECT_EQ(actuals(), std::vector<Actual>{recorded});
    stack.redo();
    EXPECT_EQ(actuals(), imported);
}

TEST_F(ActualsImportTest, AWeekTypedInTheGridIsRecordedAndUndoTakesItBack) {
    tabs->setCurrentWidget(tabs->actualsPage());
    tabs->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(tabs.get()));
    settle();
    ActualsPage &page = *tabs->actualsPage();
    page.chooseActivity(springActivities[0]);
    settle();
    QTableView *table = page.table();
    ASSERT_EQ(table->model()->rowCount(), 12);

    typeInto(table, 2, ActualsTableModel::HoursColumn, QStringLiteral("3.5"));
    ASSERT_EQ(actuals(),
              (std::vector<Actual>{{springActivities[0], 3, 3.5, 0.0, Cents{}, std::nullopt, ""}}));
    EXPECT_EQ(stack.count(), 1);
    EXPECT_EQ(table->model()->index(2, ActualsTableModel::ResultColumn).data().toString(),
              QStringLiteral("not measured"));

    // A negative figure is refused in words, and week 3 stays as it was.
    typeInto(table, 2, ActualsTableModel::SetupColumn, QStringLiteral("-2"));
    EXPECT_TRUE(page.refusal().contains(QStringLiteral("Setup hours")))
        << page.refusal().toStdString();
    EXPECT_EQ(stack.count(), 1);
    EXPECT_EQ(actuals().front().setupHours, 0.0);

    // Clear Weeks: the week reads as not run again; undo brings it back.
    table->setCurrentIndex(table->model()->index(2, ActualsTableModel::HoursColumn));
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("clearWeeks")), Qt::LeftButton);
    settle();
    EXPECT_TRUE(actuals().empty());
    stack.undo();
    settle();
    EXPECT_EQ(actuals().size(), 1u);
    stack.undo();
    settle();
    EXPECT_TRUE(actuals().empty());
    EXPECT_EQ(table->model()->index(2, ActualsTableModel::HoursColumn).data().toString(),
              QString());
}

} // namespace
} // namespace castnet::ui
