// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/welcome_panel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace castnet::ui {

namespace {

constexpr int maxTextWidth = 520;

// A button that triggers `action` and follows its text, enabled state and
// visibility, like a tool button would but laid out as a push button.
QPushButton *stepButton(QAction *action, QWidget *parent) {
    auto *button = new QPushButton(parent);
    auto follow = [button, action] {
        button->setText(action->text());
        button->setEnabled(action->isEnabled());
        button->setVisible(action->isVisible());
        button->setIcon(action->icon());
    };
    follow();
    QObject::connect(action, &QAction::changed, button, follow);
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    return button;
}

} // namespace

WelcomePanel::WelcomePanel(const Steps &steps, QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_text(new QLabel(this)) {
    setObjectName(QStringLiteral("welcomePanel"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);

    // A column of readable width in the middle: a wrapped label given an
    // alignment of its own would be laid out at its narrowest.
    auto *column = new QWidget(this);
    column->setFixedWidth(maxTextWidth);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(m_heading);
    columnLayout->addWidget(m_text);
    for (QAction *action :
         {steps.addBrand, steps.addCampaign, steps.fillWithDemo, steps.open, steps.help}) {
        if (action)
            columnLayout->addWidget(stepButton(action, column), 0, Qt::AlignLeft);
    }
    m_heading->setParent(column);
    m_text->setParent(column);

    auto *centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addWidget(column);
    centred->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(centred);
    layout->addStretch(2);
    setHasBrands(false);
}

void WelcomePanel::setHasBrands(bool hasBrands) {
    if (hasBrands) {
        m_heading->setText(tr("Add a campaign"));
        m_text->setText(tr("<p>Select a brand on the left and add a campaign to it: its "
                           "dates, the team's hours per week and a budget. Then plan its "
                           "activities in the table or import them from a CSV or JSON "
                           "file.</p>"));
    } else {
        m_heading->setText(tr("This workspace is empty"));
        m_text->setText(tr("<p>Start with a brand, then give it a campaign and plan the "
                           "campaign's activities — posts, videos, community threads, "
                           "meetups. Or fill this workspace with the demo brand to see a "
                           "planned campaign and one half-way through.</p>"));
    }
}

} // namespace castnet::ui
