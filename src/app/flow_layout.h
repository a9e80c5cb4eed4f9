#pragma once

#include <QLayout>
#include <QList>

class QLayoutItem;
class QWidget;

namespace fd::app {

/// Lays its items out left to right and wraps them onto the next line where the width ends,
/// so a bar of filters fits a narrow screen on two lines instead of widening the window.
/// Items keep their size hints; an item with a horizontal stretch takes the rest of its line.
class FlowLayout final : public QLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    /// Adds `widget`; a stretching one takes what is left of its line.
    void addWidget(QWidget* widget, bool stretch = false);
    int count() const override { return static_cast<int>(m_items.size()); }
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    /// Places the items in `rect` (only measures when `apply` is false); returns the height used.
    int arrange(const QRect& rect, bool apply) const;

    QList<QLayoutItem*> m_items;
    QList<bool> m_stretch;
    int m_gap;
};

/// Widgets that stay together on one line of a FlowLayout (a label and its field).
QWidget* keepTogether(QWidget* parent, std::initializer_list<QWidget*> widgets);

}  // namespace fd::app
