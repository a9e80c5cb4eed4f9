#pragma once

// The call-center desk as the tests drive it: the operator's workspace on a World's database,
// shown and active so its keys work, with what it told the status bar.

#include "test_support.h"
#include "views/operator_workspace.h"

#include <QApplication>
#include <QStringList>
#include <QTableView>
#include <QTest>

namespace fd::test {

struct OperatorDesk {
    explicit OperatorDesk(World& w) : ws(*w.db, w.clock) {
        QObject::connect(&ws, &fd::app::Workspace::told, [this](const QString& m) { told << m; });
        ws.setOperator(w.operatorA);
        ws.resize(1300, 800);
        ws.show();
        QApplication::setActiveWindow(&ws);
        REQUIRE(QTest::qWaitForWindowActive(&ws));
        ws.queueView()->setFocus();
    }
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        // A closed modal dialog leaves no active window on the offscreen platform; a real
        // window manager gives the activation back.
        QApplication::setActiveWindow(&ws);
        QTest::keyClick(ws.queueView(), static_cast<Qt::Key>(key), modifiers);
    }
    fd::app::OperatorWorkspace ws;
    QStringList told;  ///< the status bar's words that saved nothing
};

}  // namespace fd::test
