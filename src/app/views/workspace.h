#pragma once

#include "domain/result.h"
#include "storage/change_feed.h"

#include <QDate>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace fd::app {

/// Takes back what was just saved; the refusal when it no longer can be.
using Undo = std::function<core::Status()>;

/// A screen of the main window (Leads, Operator, Office, …). Reports when the data it
/// shows has loaded, so a screenshot or a benchmark can wait for it.
class Workspace : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString workspaceId() const = 0;
    virtual QString title() const = 0;
    virtual bool isReady() const = 0;
    /// Where the workspace's keys work: it gets the focus when the workspace opens or is
    /// switched to.
    virtual QWidget* keyTarget() { return this; }
    /// Another seat changed data on the shared server: the workspace re-reads what it shows, or
    /// offers to.
    virtual void dataChanged(const core::DataChange& change) { Q_UNUSED(change); }

protected:
    /// Runs `reread` once when changes stop arriving for a moment: a burst of another seat's
    /// changes is one re-read.
    void rereadSoon(std::function<void()> reread) {
        if (!m_soon) {
            m_soon = new QTimer(this);
            m_soon->setSingleShot(true);
            m_soon->setInterval(kRereadDelayMs);
            connect(m_soon, &QTimer::timeout, this, [this] {
                if (m_reread) {
                    m_reread();
                }
            });
        }
        m_reread = std::move(reread);
        m_soon->start();
    }

Q_SIGNALS:
    void ready();
    void failed(const QString& message);
    /// The number of records the status bar shows changed.
    void countChanged(qint64 count);
    /// Something was saved: what, for whom ("No answer — Ирина Зайцева, next call in 1 h").
    void saved(const QString& message, const fd::app::Undo& undo = {});
    /// A word for the status bar that saved nothing ("Calling +7 912 …").
    void told(const QString& message);
    /// The office workspace should open on this office, day and tab (an OfficeWorkspace::Tab):
    /// where a gap in the office's marks is fixed.
    void openInOffice(qint64 officeId, QDate day, int tab);

private:
    static constexpr int kRereadDelayMs = 300;
    QTimer* m_soon = nullptr;
    std::function<void()> m_reread;
};

}  // namespace fd::app
