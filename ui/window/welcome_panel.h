// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;

namespace castnet::ui {

// What an empty workspace shows instead of an empty editor: what to do first,
// each step a button on the window's own action, so the buttons are enabled
// exactly when the menu items are.
class WelcomePanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePanel)

public:
    struct Steps {
        QAction *addBrand = nullptr;
        QAction *addCampaign = nullptr;
        QAction *fillWithDemo = nullptr;
        QAction *open = nullptr;
        QAction *help = nullptr;
    };

    WelcomePanel(const Steps &steps, QWidget *parent = nullptr);

    // An empty workspace says to add a brand; one with brands but no
    // campaign, to add a campaign to one.
    void setHasBrands(bool hasBrands);

private:
    QLabel *m_heading = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace castnet::ui
