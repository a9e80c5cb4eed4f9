#include "multi_choice.h"

#include <QFontMetrics>
#include <QMenu>

#include <algorithm>

namespace fd::app {

MultiChoice::MultiChoice(QString allText, QWidget* parent)
    : QToolButton(parent), m_allText(std::move(allText)) {
    m_menu = new QMenu(this);
    setMenu(m_menu);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setMinimumWidth(160);
    rebuild();
}

void MultiChoice::setItems(const std::vector<std::pair<QString, core::Id>>& items) {
    m_items = items;
    std::erase_if(m_selected, [&](core::Id id) {
        return std::none_of(m_items.begin(), m_items.end(),
                            [&](const auto& item) { return item.second == id; });
    });
    rebuild();
}

std::vector<core::Id> MultiChoice::selected() const {
    return m_selected;
}

void MultiChoice::setSelected(const std::vector<core::Id>& ids) {
    m_selected = ids;
    rebuild();
    Q_EMIT changed();
}

QString MultiChoice::summary() const {
    if (m_selected.empty()) {
        return m_allText;
    }
    QStringList names;
    for (const auto& [name, id] : m_items) {
        if (std::find(m_selected.begin(), m_selected.end(), id) != m_selected.end()) {
            names << name;
        }
    }
    return names.join(QStringLiteral(", "));
}

void MultiChoice::rebuild() {
    m_menu->clear();
    QAction* all = m_menu->addAction(m_allText);
    all->setCheckable(true);
    all->setChecked(m_selected.empty());
    connect(all, &QAction::triggered, this, [this] { setSelected({}); });
    m_menu->addSeparator();
    for (const auto& [name, id] : m_items) {
        QAction* a = m_menu->addAction(name);
        a->setCheckable(true);
        a->setChecked(std::find(m_selected.begin(), m_selected.end(), id) != m_selected.end());
        const core::Id value = id;
        connect(a, &QAction::toggled, this, [this, value](bool on) {
            std::vector<core::Id> ids = m_selected;
            std::erase(ids, value);
            if (on) {
                ids.push_back(value);
            }
            setSelected(ids);
        });
    }
    const QString text = summary();
    setText(fontMetrics().elidedText(text, Qt::ElideRight, 260));
    setToolTip(text);
}

}  // namespace fd::app
