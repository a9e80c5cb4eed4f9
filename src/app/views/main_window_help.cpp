// MainWindow's Help menu: the user guide beside the window.

#include "dialogs/guide_window.h"
#include "views/main_window.h"

namespace fd::app {

GuideWindow* MainWindow::showGuide() {
    if (!m_guide) {
        m_guide = new GuideWindow(this);
    }
    m_guide->showPage(currentWorkspace() ? currentWorkspace()->workspaceId() : QString());
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
    return m_guide;
}

}  // namespace fd::app
