#pragma once

#include "dialogs/follow_up_dialog.h"
#include "services/office_desk.h"

#include <QTimeZone>
#include <QWidget>

#include <vector>

class QShortcut;
class QTableView;

namespace fd::app {

class RowsModel;

/// The clients who came, did not buy and promised to think, by the date to call them again
/// (overdue ones tinted), with S sale, D later and L refused on the selected one.
class FollowUpPanel final : public QWidget {
    Q_OBJECT

public:
    /// The keys work wherever the focus is inside `keyHost`.
    FollowUpPanel(QWidget* keyHost, QWidget* parent = nullptr);

    void setItems(std::vector<core::FollowUpItem> items, const QTimeZone& zone, qint64 now);
    const core::FollowUpItem* selected() const;

    QTableView* view() const { return m_view; }
    RowsModel* model() const { return m_model; }
    const std::vector<QShortcut*>& keys() const { return m_keys; }

Q_SIGNALS:
    void selectionChanged();
    void actionPressed(FollowUpDialog::Action action);

private:
    std::vector<core::FollowUpItem> m_items;
    QTableView* m_view = nullptr;
    RowsModel* m_model = nullptr;
    std::vector<QShortcut*> m_keys;
};

}  // namespace fd::app
