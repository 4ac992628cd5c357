// SPDX-License-Identifier: GPL-3.0-or-later
// Screen-reader use of the main window: every control a user can reach on
// any tab has a name a screen reader can say (its own, or its label's).
#include <QAccessible>
#include <QApplication>
#include <QTabWidget>

#include <gtest/gtest.h>

#include "tests/ui/workspace_fixture.h"
#include "ui/window/main_window.h"

namespace castnet::ui::test {
namespace {

class AccessibilityTest : public UiWorkspaceTest {
protected:
    void SetUp() override {
        UiWorkspaceTest::SetUp();
        commands::detach();
        workspace.reset();
        window = std::make_unique<MainWindow>();
        window->resize(1280, 800);
        window->show();
        ASSERT_TRUE(window->openWorkspace(QString::fromStdString(path), {}));
        ASSERT_TRUE(window->selectCampaign(spring));
    }

    void TearDown() override {
        window.reset();
        UiWorkspaceTest::TearDown();
    }

    // "QPushButton 'name' (objectName)" for every visible control that takes
    // the focus but whose accessible name is empty.
    QStringList unnamedControls() const {
        QStringList unnamed;
        for (QWidget *widget : window->findChildren<QWidget *>()) {
            if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus ||
                !widget->isEnabled())
                continue;
            // Viewports and the inner parts of composite widgets are spoken
            // through their owner.
            if (widget->focusProxy() != nullptr)
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            if (accessible == nullptr || accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QString::fromLatin1(widget->metaObject()->className()) +
                               QStringLiteral(" (") + widget->objectName() + u')';
        }
        return unnamed;
    }

    std::unique_ptr<MainWindow> window;
};

TEST_F(AccessibilityTest, EveryControlOnEveryTabHasANameAScreenReaderSays) {
    auto *tabs = window->findChild<QTabWidget *>();
    ASSERT_NE(tabs, nullptr);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QApplication::processEvents();
        const QStringList unnamed = unnamedControls();
        EXPECT_TRUE(unnamed.isEmpty()) << tabs->tabText(i).toStdString() << ": "
                                       << unnamed.join(QStringLiteral(", ")).toStdString();
    }
}

} // namespace
} // namespace castnet::ui::test
