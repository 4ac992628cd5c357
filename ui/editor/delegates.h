// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace castnet::ui {

// The editors of the activity table (Subsurface keeps its delegates together
// the same way): a combo box of the stored words for format, interaction,
// goal, track and automated; spin boxes bounded as DESIGN §3 bounds the
// numbers and weeks; a line edit for the response parameters, which may be
// blank. The editor text goes to the model as the CSV would write it; the
// model refuses what the core refuses.
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
