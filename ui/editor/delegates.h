// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace castnet::ui {

// The editors of the activity table (Subsurface keeps its delegates together
// the same way): a combo box of the stored words for format, interaction,
// goal, track and automated, whose words complete as they are typed; a line
// edit for everything else, numbers included, so that the text goes to the
// model whole, as typed. The model reads it and refuses what does not fit
// (DESIGN §8), never the editor by dropping characters.
class ActivityDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityDelegate)

public:
    explicit ActivityDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    void commitAndClose(QWidget *editor);
};

} // namespace castnet::ui
