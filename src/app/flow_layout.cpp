#include "flow_layout.h"

#include <QHBoxLayout>
#include <QWidget>

#include <algorithm>

namespace fd::app {

FlowLayout::FlowLayout(QWidget* parent, int spacing) : QLayout(parent), m_gap(spacing) {
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout() {
    while (QLayoutItem* item = takeAt(0)) {
        delete item;
    }
}

void FlowLayout::addItem(QLayoutItem* item) {
    m_items.append(item);
    m_stretch.append(false);
}

void FlowLayout::addWidget(QWidget* widget, bool stretch) {
    QLayout::addWidget(widget);
    m_stretch.last() = stretch;
}

QLayoutItem* FlowLayout::itemAt(int index) const {
    return index >= 0 && index < m_items.size() ? m_items[index] : nullptr;
}

QLayoutItem* FlowLayout::takeAt(int index) {
    if (index < 0 || index >= m_items.size()) {
        return nullptr;
    }
    m_stretch.removeAt(index);
    return m_items.takeAt(index);
}

int FlowLayout::heightForWidth(int width) const {
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const {
    // As narrow as the widest single item: everything else wraps.
    QSize size;
    for (const QLayoutItem* item : m_items) {
        size = size.expandedTo(item->minimumSize());
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const {
    int width = 0;
    int height = 0;
    for (const QLayoutItem* item : m_items) {
        if (!item->isEmpty()) {
            width += item->sizeHint().width() + m_gap;
            height = std::max(height, item->sizeHint().height());
        }
    }
    const QMargins m = contentsMargins();
    return {width + m.left() + m.right(), height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect& rect) {
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect& rect, bool apply) const {
    const QRect area = rect.marginsRemoved(contentsMargins());
    int y = area.y();
    int lineHeight = 0;
    QList<int> line;  // indexes of the items on the current line
    int lineWidth = 0;
    const auto flush = [&] {
        if (apply) {
            // What is left of the line goes to its stretching items.
            int stretchers = 0;
            for (int i : line) {
                stretchers += m_stretch[i] ? 1 : 0;
            }
            const int spare = std::max(0, area.width() - lineWidth);
            int x = area.x();
            for (int i : line) {
                QSize size = m_items[i]->sizeHint();
                if (m_stretch[i] && stretchers > 0) {
                    size.rwidth() += spare / stretchers;
                }
                size.setWidth(std::min(size.width(), area.width()));
                const int top = y + (lineHeight - size.height()) / 2;
                m_items[i]->setGeometry(QRect(QPoint(x, top), size));
                x += size.width() + m_gap;
            }
        }
        y += lineHeight + m_gap;
        line.clear();
        lineWidth = 0;
        lineHeight = 0;
    };
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i]->isEmpty()) {
            continue;
        }
        const QSize size = m_items[i]->sizeHint();
        const int needed = (line.isEmpty() ? 0 : lineWidth + m_gap) + size.width();
        if (!line.isEmpty() && needed > area.width()) {
            flush();
        }
        lineWidth = line.isEmpty() ? size.width() : lineWidth + m_gap + size.width();
        lineHeight = std::max(lineHeight, size.height());
        line.append(i);
    }
    if (!line.isEmpty()) {
        flush();
    }
    const QMargins m = contentsMargins();
    return std::max(0, y - m_gap - rect.y()) + m.bottom();
}

QWidget* keepTogether(QWidget* parent, std::initializer_list<QWidget*> widgets) {
    auto* group = new QWidget(parent);
    auto* row = new QHBoxLayout(group);
    row->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w : widgets) {
        row->addWidget(w);
    }
    return group;
}

}  // namespace fd::app
