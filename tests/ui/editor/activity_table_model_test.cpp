// SPDX-License-Identifier: GPL-3.0-or-later
#include <ostream>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>

#include <gtest/gtest.h>

#include "core/domain/activity_field.h"
#include "tests/ui/workspace_fixture.h"
#include "ui/editor/activity_filter_model.h"
#include "ui/editor/activity_table_model.h"
#include "ui/editor/delegates.h"

namespace castnet::ui::test {
namespace {

using Column = ActivityTableModel::Column;

class ActivityTableModelTest : public UiWorkspaceTest {
protected:
    void SetUp() override {
        UiWorkspaceTest::SetUp();
        model = std::make_unique<ActivityTableModel>(notifier);
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        ASSERT_TRUE(model->setCampaign(spring));
    }

    void TearDown() override {
        tester.reset();
        model.reset();
        UiWorkspaceTest::TearDown();
    }

    QModelIndex cell(core::ActivityId id, Column column) const {
        return model->index(model->rowOf(id), column);
    }

    std::unique_ptr<ActivityTableModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

TEST_F(ActivityTableModelTest, ShowsEveryActivityOfTheCampaignInStoredOrder) {
    ASSERT_EQ(model->rowCount(), 3);
    EXPECT_EQ(model->columnCount(), core::activityFieldCount);
    EXPECT_EQ(model->index(0, Column::Title).data().toString(), QStringLiteral("Product photos"));
    EXPECT_EQ(model->index(2, Column::Title).data().toString(), QStringLiteral("Monthly meetup"));
    EXPECT_EQ(model->index(0, Column::Format).data().toString(), QStringLiteral("image"));
    EXPECT_EQ(model->index(0, Column::Automated).data().toString(), QStringLiteral("yes"));
    EXPECT_EQ(model->index(0, Column::CostPerOccurrence).data().toString(),
              QStringLiteral("20.00"));
    EXPECT_EQ(model->index(2, Column::CadencePerWeek).data().toString(), QStringLiteral("0.25"));
}

TEST_F(ActivityTableModelTest, WeekCellsShowTheirDatesInTheirToolTips) {
    const core::ActivityId photos = springActivities[0];
    // Spring launch starts on 2026-03-02: week 1 is 2 - 8 Mar; week 12 starts
    // 7 * 11 = 77 days later, on 18 May, and ends on 24 May.
    EXPECT_EQ(cell(photos, Column::StartWeek).data(Qt::ToolTipRole).toString(),
              QStringLiteral("wk 1 \u00b7 2 Mar \u2013 8 Mar"));
    EXPECT_EQ(cell(photos, Column::EndWeek).data(Qt::ToolTipRole).toString(),
              QStringLiteral("wk 12 \u00b7 18 May \u2013 24 May"));
}

TEST_F(ActivityTableModelTest, CellsEditAsTheCsvWritesThem) {
    // The edit text is the CSV text: "20" for 20.00, blank for a parameter
    // left to the track default.
    EXPECT_EQ(model->index(0, Column::CostPerOccurrence).data(Qt::EditRole).toString(),
              QStringLiteral("20"));
    EXPECT_EQ(model->index(0, Column::Carryover).data(Qt::EditRole).toString(), QString());
    EXPECT_EQ(model->index(0, Column::Carryover).data().toString(), QStringLiteral("default"));
    EXPECT_EQ(model->index(0, Column::Track).data(Qt::EditRole).toString(), QString());
}

TEST_F(ActivityTableModelTest, EditingACellSavesItToTheWorkspaceAtOnce) {
    const auto photos = springActivities[0];
    EXPECT_TRUE(model->setData(cell(photos, Column::CadencePerWeek), QStringLiteral("2.5")));
    EXPECT_TRUE(model->setData(cell(photos, Column::Format), QStringLiteral("video")));
    EXPECT_TRUE(model->setData(cell(photos, Column::Carryover), QStringLiteral("0.5")));
    EXPECT_TRUE(model->setData(cell(photos, Column::Track), QStringLiteral("networking")));
    EXPECT_TRUE(model->setData(cell(photos, Column::Title), QStringLiteral("Reels")));

    const auto stored = storedActivity(photos);
    EXPECT_EQ(stored.cadencePerWeek, 2.5);
    EXPECT_EQ(stored.format, core::Format::Video);
    EXPECT_EQ(stored.response.carryover, 0.5);
    EXPECT_EQ(stored.trackOverride, core::Track::Networking);
    EXPECT_EQ(stored.title, "Reels");
    EXPECT_EQ(cell(photos, Column::Title).data().toString(), QStringLiteral("Reels"));

    reopen();
    EXPECT_EQ(workspace->activity(photos)->cadencePerWeek, 2.5);
}

TEST_F(ActivityTableModelTest, BlankingAParameterReturnsItToTheTrackDefault) {
    const auto photos = springActivities[0];
    ASSERT_TRUE(model->setData(cell(photos, Column::Shape), QStringLiteral("2")));
    ASSERT_TRUE(model->setData(cell(photos, Column::Shape), QString()));
    EXPECT_EQ(storedActivity(photos).response.shape, std::nullopt);
}

struct BadCell {
    Column column;
    const char *text;
    const char *field; // the label the reason must name, as the window names it

    friend void PrintTo(const BadCell &cell, std::ostream *out) {
        *out << cell.field << " = \"" << cell.text << '"';
    }
};

class ActivityTableRefusalTest : public ActivityTableModelTest,
                                 public ::testing::WithParamInterface<BadCell> {};

TEST_P(ActivityTableRefusalTest, BadValueIsRefusedWithTheReasonAndTheFileUnchanged) {
    const auto [column, text, field] = GetParam();
    const auto photos = springActivities[0];
    tester.reset();
    model.reset();
    const auto before = closedFileBytes();
    open();
    commands::attach(*workspace, stack, notifier);
    model = std::make_unique<ActivityTableModel>(notifier);
    ASSERT_TRUE(model->setCampaign(spring));
    const auto shownBefore = cell(photos, column).data(Qt::EditRole);

    QSignalSpy refused(model.get(), &ActivityTableModel::editRefused);
    EXPECT_FALSE(model->setData(cell(photos, column), QString::fromUtf8(text)));

    ASSERT_EQ(refused.count(), 1);
    const auto reason = refused.at(0).at(1).toString();
    EXPECT_TRUE(reason.contains(QString::fromUtf8(field))) << reason.toStdString();
    EXPECT_EQ(cell(photos, column).data(Qt::ToolTipRole).toString(), reason);
    EXPECT_EQ(cell(photos, column).data(Qt::EditRole), shownBefore);
    EXPECT_EQ(stack.count(), 0);

    model.reset();
    EXPECT_EQ(closedFileBytes(), before);
}

INSTANTIATE_TEST_SUITE_P(Cells, ActivityTableRefusalTest,
                         ::testing::Values(BadCell{Column::CadencePerWeek, "-1", "Per week"},
                                           BadCell{Column::CadencePerWeek, "1001", "Per week"},
                                           BadCell{Column::HoursPerOccurrence, "two", "Hours each"},
                                           BadCell{Column::HoursPerOccurrence, "1,5", "Hours each"},
                                           BadCell{Column::CostPerOccurrence, "1.234", "Cost each"},
                                           // The campaign has 12 weeks.
                                           BadCell{Column::EndWeek, "13", "End week"},
                                           BadCell{Column::StartWeek, "2.5", "Start week"},
                                           BadCell{Column::Format, "blog", "Format"},
                                           BadCell{Column::Automated, "maybe", "Automated"},
                                           BadCell{Column::Carryover, "1", "Carry-over"},
                                           BadCell{Column::Track, "viral", "Track"}));

TEST_F(ActivityTableModelTest, AStartAfterTheEndIsRefused) {
    const auto meetup = springActivities[2];
    ASSERT_TRUE(model->setData(cell(meetup, Column::EndWeek), QStringLiteral("4")));
    QSignalSpy refused(model.get(), &ActivityTableModel::editRefused);
    EXPECT_FALSE(model->setData(cell(meetup, Column::StartWeek), QStringLiteral("6")));
    ASSERT_EQ(refused.count(), 1);
    EXPECT_EQ(storedActivity(meetup).startWeek, 1);
}

TEST_F(ActivityTableModelTest, AnAcceptedEditClearsTheRefusalTooltip) {
    const auto photos = springActivities[0];
    EXPECT_FALSE(model->setData(cell(photos, Column::CadencePerWeek), QStringLiteral("-1")));
    EXPECT_FALSE(cell(photos, Column::CadencePerWeek).data(Qt::ToolTipRole).toString().isEmpty());
    EXPECT_TRUE(model->setData(cell(photos, Column::CadencePerWeek), QStringLiteral("4")));
    EXPECT_TRUE(cell(photos, Column::CadencePerWeek).data(Qt::ToolTipRole).toString().isEmpty());
}

TEST_F(ActivityTableModelTest, RowsFollowAddsAndRemovesMadeThroughTheCommands) {
    auto fresh = commands::newActivity(spring);
    ASSERT_TRUE(fresh);
    auto added = commands::addActivity(spring, *fresh);
    ASSERT_TRUE(added);
    EXPECT_EQ(model->rowCount(), 4);
    EXPECT_EQ(model->rowOf(*added), 3);
    ASSERT_TRUE(commands::removeActivities(spring, {springActivities[0], springActivities[2]}));
    EXPECT_EQ(model->rowCount(), 2);
    EXPECT_EQ(model->rowOf(springActivities[1]), 0);
    // An activity of another campaign does not show here.
    ASSERT_TRUE(commands::duplicateActivities(autumn, {autumnActivity}));
    EXPECT_EQ(model->rowCount(), 2);
}

TEST_F(ActivityTableModelTest, RawValueRoleSortsNumbersAsNumbers) {
    ActivityFilterModel proxy;
    proxy.setSourceModel(model.get());
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Cadences 3, 5, 0.25 and a new 10: as text "10" would sort before "3".
    ASSERT_TRUE(
        model->setData(cell(springActivities[1], Column::CadencePerWeek), QStringLiteral("10")));
    proxy.sort(ActivityTableModel::columnOf(Column::CadencePerWeek), Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order << proxy.index(row, ActivityTableModel::columnOf(Column::CadencePerWeek))
                     .data()
                     .toString();
    EXPECT_EQ(order,
              (QStringList{QStringLiteral("0.25"), QStringLiteral("3"), QStringLiteral("10")}));
}

TEST_F(ActivityTableModelTest, FilterKeepsRowsWhoseTitleOrChannelMatch) {
    ActivityFilterModel proxy;
    proxy.setSourceModel(model.get());
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setFilterText(QStringLiteral("linkedin"));
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.index(0, ActivityTableModel::columnOf(Column::Title)).data().toString(),
              QStringLiteral("Answer questions"));
    proxy.setFilterText(QStringLiteral("MEET"));
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.index(0, ActivityTableModel::columnOf(Column::Channel)).data().toString(),
              QStringLiteral("Meetup"));
    proxy.setFilterText(QString());
    EXPECT_EQ(proxy.rowCount(), 3);
}

TEST_F(ActivityTableModelTest, DelegateEditorsWriteThroughTheView) {
    ActivityFilterModel proxy;
    proxy.setSourceModel(model.get());
    QTableView view;
    ActivityDelegate delegate;
    view.setModel(&proxy);
    view.setItemDelegate(&delegate);
    view.show();

    const auto interaction = proxy.index(0, ActivityTableModel::columnOf(Column::Interaction));
    view.edit(interaction);
    auto *combo = qobject_cast<QComboBox *>(view.indexWidget(interaction));
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->currentData().toString(), QStringLiteral("broadcast"));
    // Picking an entry commits it and closes the editor, as a click does.
    combo->setCurrentIndex(combo->findData(QStringLiteral("dialogue")));
    emit combo->activated(combo->currentIndex());
    EXPECT_EQ(view.indexWidget(interaction), nullptr);
    EXPECT_EQ(storedActivity(springActivities[0]).interaction, core::Interaction::Dialogue);

    const auto endWeek = proxy.index(1, ActivityTableModel::columnOf(Column::EndWeek));
    view.edit(endWeek);
    auto *weeks = qobject_cast<QLineEdit *>(view.indexWidget(endWeek));
    ASSERT_NE(weeks, nullptr);
    weeks->setText(QStringLiteral("10"));
    emit delegate.commitData(weeks);
    emit delegate.closeEditor(weeks);
    EXPECT_EQ(storedActivity(springActivities[1]).endWeek, 10);
}

TEST_F(ActivityTableModelTest, AnEditorClosedUntouchedStoresNothing) {
    ActivityFilterModel proxy;
    proxy.setSourceModel(model.get());
    QTableView view;
    ActivityDelegate delegate;
    view.setModel(&proxy);
    view.setItemDelegate(&delegate);
    view.show();
    const auto cadence = proxy.index(2, ActivityTableModel::columnOf(Column::CadencePerWeek));
    view.edit(cadence);
    auto *editor = view.indexWidget(cadence);
    ASSERT_NE(editor, nullptr);
    delegate.setModelData(editor, &proxy, cadence);
    EXPECT_EQ(stack.count(), 0);
}

TEST_F(ActivityTableModelTest, ClosingTheWorkspaceEmptiesTheModel) {
    commands::detach();
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_FALSE(model->campaignId());
}

TEST_F(ActivityTableModelTest, PlannedHoursCountTheAutomationSavingOnMediaOnly) {
    // photos, automated media: 3 × 1.5 × (1 − 0.4) = 2.7
    // questions, networking:   5 × 0.5            = 2.5
    // meetup, networking:      0.25 × 4           = 1
    // total 6.2
    EXPECT_DOUBLE_EQ(model->plannedHoursPerWeek(), 2.7 + 2.5 + 1.0);
}

TEST_F(ActivityTableModelTest, TrackColumnShowsTheComputedTrackWithItsReasons) {
    const auto track = cell(springActivities[0], Column::Track);
    // Product photos: broadcast +3, image +2, awareness +1, automated +1 = 7,
    // confidence 7 / 8 = 87.5 %, shown rounded.
    EXPECT_EQ(track.data().toString(), QStringLiteral("media · 88 %"));
    EXPECT_TRUE(track.data(Qt::ForegroundRole).isValid()); // grey: computed
    EXPECT_TRUE(
        track.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Computed: media")));
    EXPECT_TRUE(track.data(Qt::ToolTipRole).toString().contains(QStringLiteral("communication")));

    ASSERT_TRUE(model->setData(track, QStringLiteral("networking")));
    EXPECT_EQ(track.data().toString(), QStringLiteral("networking"));
    EXPECT_FALSE(track.data(Qt::ForegroundRole).isValid());
    EXPECT_TRUE(track.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Set by hand")));
}

} // namespace
} // namespace castnet::ui::test
