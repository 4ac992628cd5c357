// SPDX-License-Identifier: GPL-3.0-or-later
// Every tab and dialog at the smallest window the layout promises, 1024×700;
// ctest runs this program a second time at QT_SCALE_FACTOR=2. Text that does
// not fit is clipped or elided: a label, a button, a combo box, a header
// section or an analysis table's cell narrower than its size hint fails.
#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

#include <gtest/gtest.h>

#include "core/report/campaign_report.h"
#include "ui/commands/commands.h"
#include "ui/report/report_export_dialog.h"
#include "ui/scenarios/optimizer_dialog.h"
#include "ui/window/main_window.h"

namespace castnet::ui::test {
namespace {

using namespace Qt::StringLiterals;

constexpr QSize smallest{1024, 700};

QString nameOf(const QWidget &widget) {
    QString name = widget.objectName();
    if (name.isEmpty())
        name = widget.accessibleName();
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(widget.metaObject()->className()), name);
}

bool shown(const QWidget &widget) {
    return widget.isVisible() && !widget.visibleRegion().isEmpty();
}

// What does not fit in `root`, one line each.
QStringList clipped(const QWidget &root) {
    QStringList found;
    const auto note = [&found](const QWidget &widget, const QString &what, int has, int needs) {
        found.append(
            QStringLiteral("%1 %2: %3 px of %4").arg(nameOf(widget), what).arg(has).arg(needs));
    };
    for (const auto *label : root.findChildren<QLabel *>()) {
        if (!shown(*label) || label->text().isEmpty() || label->wordWrap())
            continue;
        if (label->width() < label->sizeHint().width())
            note(*label, u"\"%1\" width"_s.arg(label->text()), label->width(),
                 label->sizeHint().width());
        if (label->height() < label->minimumSizeHint().height())
            note(*label, u"\"%1\" height"_s.arg(label->text()), label->height(),
                 label->minimumSizeHint().height());
    }
    for (const auto *button : root.findChildren<QAbstractButton *>()) {
        // A line edit's own icon buttons (clear, calendar) size themselves.
        if (!shown(*button) || button->text().isEmpty() ||
            qobject_cast<const QLineEdit *>(button->parentWidget()) != nullptr)
            continue;
        if (button->width() < button->sizeHint().width())
            note(*button, u"\"%1\" width"_s.arg(button->text()), button->width(),
                 button->sizeHint().width());
    }
    for (const auto *box : root.findChildren<QComboBox *>()) {
        if (shown(*box) && box->width() < box->minimumSizeHint().width())
            note(*box, u"width"_s, box->width(), box->minimumSizeHint().width());
    }
    for (const auto *bar : root.findChildren<QToolBar *>()) {
        // Actions that do not fit go behind the extension arrow.
        const auto *extension = bar->findChild<QToolButton *>(u"qt_toolbar_ext_button"_s);
        if (shown(*bar) && extension != nullptr && extension->isVisible())
            found.append(nameOf(*bar) + u" hides actions behind its extension button"_s);
    }
    for (const auto *header : root.findChildren<QHeaderView *>()) {
        if (!shown(*header) || header->orientation() != Qt::Horizontal)
            continue;
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section))
                continue;
            const auto text = header->model()->headerData(section, Qt::Horizontal).toString();
            if (header->sectionSize(section) < header->sectionSizeHint(section))
                note(*header, u"section \"%1\""_s.arg(text), header->sectionSize(section),
                     header->sectionSizeHint(section));
        }
    }
    return found;
}

// The cells of an analysis table or list (figures, not free text) that do
// not fit their column.
QStringList clippedCells(const QAbstractItemView &view, const QHeaderView &header) {
    QStringList found;
    if (!shown(view))
        return found;
    const auto *model = view.model();
    for (int column = 0; column < model->columnCount(); ++column) {
        if (header.isSectionHidden(column))
            continue;
        const int needs = view.sizeHintForColumn(column);
        if (header.sectionSize(column) < needs)
            found.append(QStringLiteral("%1 column %2 (\"%3\"): %4 px of %5")
                             .arg(nameOf(view))
                             .arg(column)
                             .arg(model->headerData(column, Qt::Horizontal).toString())
                             .arg(header.sectionSize(column))
                             .arg(needs));
    }
    return found;
}

class LayoutTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        window = std::make_unique<MainWindow>();
        window->resize(smallest);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        ASSERT_TRUE(window->openWorkspace(m_dir.filePath(u"demo.db"_s),
                                          {.createIfMissing = true, .demoIfNew = true}));
        ASSERT_TRUE(window->currentCampaign());
        // The demo's stored scenarios and one with a long name, so that
        // Compare shows four columns, one of them hard to fit.
        ASSERT_TRUE(
            commands::addPlanScenario(*window->currentCampaign(), "More networking, fewer ads"));
        settle();
    }

    void TearDown() override { window.reset(); }

    static void settle() {
        for (int i = 0; i < 3; ++i)
            QApplication::processEvents();
    }

    std::unique_ptr<MainWindow> window;

private:
    QTemporaryDir m_dir;
};

TEST_F(LayoutTest, TheWindowHasItsSmallestSize) {
    EXPECT_EQ(window->size(), smallest);
}

TEST_F(LayoutTest, EveryTabFitsItsText) {
    auto *tabs = window->findChild<QTabWidget *>(u"campaignTabs"_s);
    ASSERT_NE(tabs, nullptr);
    for (int tab = 0; tab < tabs->count(); ++tab) {
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                          tabs->tabBar()->tabRect(tab).center());
        settle();
        if (auto *list = tabs->currentWidget()->findChild<QListWidget *>(u"scenarioList"_s)) {
            for (int row = 0; row < list->count(); ++row)
                list->item(row)->setCheckState(Qt::Checked);
            settle();
        }
        ASSERT_EQ(tabs->currentIndex(), tab);
        QStringList found = clipped(*window);
        for (const auto *table : tabs->currentWidget()->findChildren<QTableView *>()) {
            // The activity table is the user's spreadsheet: its columns are theirs to size.
            if (table->objectName() != u"activityTable"_s)
                found += clippedCells(*table, *table->horizontalHeader());
        }
        for (const auto *tree : tabs->currentWidget()->findChildren<QTreeView *>())
            found += clippedCells(*tree, *tree->header());
        EXPECT_TRUE(found.isEmpty()) << "tab " << tabs->tabText(tab).toStdString() << ":\n"
                                     << found.join(u'\n').toStdString();
    }
}

TEST_F(LayoutTest, TheOptimizeDialogFitsItsText) {
    const auto campaign = window->workspace()->campaign(*window->currentCampaign());
    const auto activities = window->workspace()->activities(*window->currentCampaign());
    ASSERT_TRUE(campaign && activities);
    OptimizerDialog dialog(*campaign, *activities, window.get());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    const auto found = clipped(dialog);
    EXPECT_TRUE(found.isEmpty()) << found.join(u'\n').toStdString();
}

TEST_F(LayoutTest, TheReportDialogFitsItsText) {
    auto report = core::buildCampaignReport(*window->workspace(), *window->currentCampaign(), {});
    ASSERT_TRUE(report) << report.error().message;
    ReportExportDialog dialog([report = *report](core::PaperSize) { return report; }, u"Demo"_s,
                              window.get());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    const auto found = clipped(dialog);
    EXPECT_TRUE(found.isEmpty()) << found.join(u'\n').toStdString();
}

} // namespace
} // namespace castnet::ui::test
