// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;
class QTextDocument;

namespace castnet::ui {

// Help › Castnet Help (F1): the two tracks and the model's parameters in a
// marketer's words, each parameter with a small picture of what it does to
// the curve. The pictures are drawn by the model itself, so the page cannot
// disagree with the figures Castnet shows.
class HelpWindow final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpWindow)

public:
    explicit HelpWindow(QWidget *parent = nullptr);

    // Scrolls to one section: "tracks", "return", "max-return",
    // "half-saturation", "shape", "carry-over", "trust", "start".
    void showSection(const QString &anchor);

    QTextBrowser *browser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void addSketches(QTextDocument &document);

    QTextBrowser *m_browser = nullptr;
    QTextDocument *m_document = nullptr; // the shown one, once render() made it
};

} // namespace castnet::ui
