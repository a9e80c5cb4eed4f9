#pragma once

#include "services/service_context.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

namespace fd::core {
class Database;
}

namespace fd::app {

/// Exports leads, meetings, deals or payments of a period to CSV or XLSX, meetings also to an
/// iCalendar file of one office.
class ExportDialog final : public QDialog {
    Q_OBJECT

public:
    ExportDialog(core::Database& db, core::Clock clock, QWidget* parent = nullptr);

    QComboBox* kindBox() const { return m_kind; }
    QComboBox* formatBox() const { return m_format; }
    QComboBox* officeBox() const { return m_office; }
    QLabel* resultLabel() const { return m_result; }
    /// Writes the export to `path`; false (with the reason shown) when it failed.
    bool exportTo(const QString& path);

private:
    void chooseFileAndExport();
    void updateFormats();

    core::Database& m_db;
    core::Clock m_clock;
    QComboBox* m_kind = nullptr;
    QComboBox* m_format = nullptr;
    QComboBox* m_office = nullptr;
    QComboBox* m_delimiter = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QCheckBox* m_allTime = nullptr;
    QLabel* m_result = nullptr;
};

}  // namespace fd::app
