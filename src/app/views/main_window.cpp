#include "views/main_window.h"

#include "storage/catalog_repository.h"
#include "storage/database.h"
#include "storage/lead_repository.h"
#include "storage/storage_error.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

namespace fd::app {

MainWindow::MainWindow(std::unique_ptr<core::Database> db, QWidget* parent)
    : QMainWindow(parent), m_db(std::move(db)) {
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(12);

    m_demoBanner = new QLabel(central);
    m_demoBanner->setText(tr("Demo data: a generated history of a fictional company, for trying FunnelDesk out."));
    m_demoBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4d6; border: 1px solid #e8c66a; border-radius: 4px; padding: 6px 10px; }"));
    layout->addWidget(m_demoBanner);

    m_title = new QLabel(central);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    auto* funnelFrame = new QFrame(central);
    funnelFrame->setFrameShape(QFrame::StyledPanel);
    m_funnel = new QGridLayout(funnelFrame);
    m_funnel->setHorizontalSpacing(16);
    layout->addWidget(funnelFrame);
    layout->addStretch(1);
    setCentralWidget(central);

    m_statusPath = new QLabel(this);
    m_statusLeads = new QLabel(this);
    statusBar()->addWidget(m_statusPath, 1);
    statusBar()->addPermanentWidget(m_statusLeads);

    buildMenus();
    resize(960, 600);
    showDatabase();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open database…"), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::showDatabase() {
    const QLocale locale;
    setWindowTitle(tr("FunnelDesk — %1").arg(QFileInfo(m_db->path()).fileName()));
    m_statusPath->setText(QDir::toNativeSeparators(m_db->path()));

    core::LeadRepository::StageTotals totals;
    bool demo = false;
    try {
        totals = core::LeadRepository(*m_db).stageTotals();
        demo = core::CatalogRepository(*m_db).setting(QStringLiteral("demo_data")).has_value();
    } catch (const core::StorageError& e) {
        QMessageBox::warning(this, tr("FunnelDesk"), tr("The database cannot be read: %1").arg(QString::fromStdString(e.what())));
    }
    m_demoBanner->setVisible(demo);
    m_title->setText(tr("Funnel over the whole history"));
    m_statusLeads->setText(tr("%1 leads").arg(locale.toString(totals.leads)));

    while (QLayoutItem* item = m_funnel->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const struct {
        QString name;
        qint64 count;
    } stages[] = {
        {tr("Leads"), totals.leads},          {tr("Contacted"), totals.contacted},
        {tr("Booked"), totals.booked},        {tr("Arrived"), totals.arrived},
        {tr("Target arrivals"), totals.target}, {tr("Sales"), totals.sold},
        {tr("Paid"), totals.paid},
    };
    int row = 0;
    for (const auto& stage : stages) {
        auto* name = new QLabel(stage.name);
        auto* count = new QLabel(locale.toString(stage.count));
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* bar = new QProgressBar;
        bar->setRange(0, 1000);
        bar->setValue(totals.leads > 0 ? static_cast<int>(stage.count * 1000 / totals.leads) : 0);
        bar->setFormat(totals.leads > 0 ? locale.toString(100.0 * static_cast<double>(stage.count) /
                                                               static_cast<double>(totals.leads), 'f', 1) +
                                              QStringLiteral(" %")
                                        : QString());
        m_funnel->addWidget(name, row, 0);
        m_funnel->addWidget(count, row, 1);
        m_funnel->addWidget(bar, row, 2);
        ++row;
    }
    auto* revenueName = new QLabel(tr("Revenue in the cash desk"));
    auto* revenue = new QLabel(locale.toCurrencyString(static_cast<double>(totals.revenue) / 100.0, QStringLiteral("₽"), 0));
    revenue->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont bold = revenue->font();
    bold.setBold(true);
    revenue->setFont(bold);
    m_funnel->addWidget(revenueName, row, 0);
    m_funnel->addWidget(revenue, row, 1);
    m_funnel->setColumnStretch(2, 1);
}

void MainWindow::openDatabase() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QFileInfo(m_db->path()).absolutePath(),
                                                      tr("FunnelDesk databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    core::Result<std::unique_ptr<core::Database>> db = core::Database::open(path, core::OpenMode::Existing);
    if (!db) {
        QMessageBox::warning(this, tr("Open database"), db.error().message());
        return;
    }
    m_db = std::move(db).value();
    QSettings().setValue(QStringLiteral("lastDatabase"), QFileInfo(path).absoluteFilePath());
    showDatabase();
}

}  // namespace fd::app
