#pragma once

#include "domain/entities.h"

#include <QToolButton>

#include <vector>

class QMenu;

namespace fd::app {

/// A filter of several values: a button whose menu has "all" and a checkable entry per
/// value. Nothing checked means all. The button reads "All …", the one name, or the names.
class MultiChoice final : public QToolButton {
    Q_OBJECT

public:
    MultiChoice(QString allText, QWidget* parent = nullptr);

    /// Replaces the values, keeping the checked ones that are still there.
    void setItems(const std::vector<std::pair<QString, core::Id>>& items);
    std::vector<core::Id> selected() const;
    void setSelected(const std::vector<core::Id>& ids);
    /// "All …" or the checked names.
    QString summary() const;

Q_SIGNALS:
    void changed();

private:
    void rebuild();

    QString m_allText;
    QMenu* m_menu = nullptr;
    std::vector<std::pair<QString, core::Id>> m_items;
    std::vector<core::Id> m_selected;
};

}  // namespace fd::app
