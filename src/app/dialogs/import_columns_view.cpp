#include "dialogs/import_columns_view.h"

#include "io/html_table_reader.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fd::app {

namespace {

constexpr int kPreviewRows = 20;

}  // namespace

ImportColumnsView::ImportColumnsView(QWidget* parent) : QWidget(parent) {
    m_preview = new QTableWidget(this);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setDefaultSectionSize(22);
    m_mapping = new QTableWidget(0, 2, this);
    m_mapping->setHorizontalHeaderLabels(
        {QCoreApplication::translate("fd::app::ImportDialog", "Field"),
         QCoreApplication::translate("fd::app::ImportDialog", "Column of the file")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    m_mapping->setColumnWidth(0, 150);
    auto* tables = new QHBoxLayout(this);
    // Laid out in the dialog as if the tables were its own.
    tables->setContentsMargins(0, 0, 0, 0);
    auto* previewBox = new QVBoxLayout;
    previewBox->addWidget(
        new QLabel(QCoreApplication::translate("fd::app::ImportDialog", "First rows as read:"), this));
    previewBox->addWidget(m_preview);
    auto* mappingBox = new QVBoxLayout;
    mappingBox->addWidget(new QLabel(
        QCoreApplication::translate("fd::app::ImportDialog", "Which column fills each field:"), this));
    mappingBox->addWidget(m_mapping);
    tables->addLayout(previewBox, 3);
    tables->addLayout(mappingBox, 2);
}

void ImportColumnsView::clear() {
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_mapping->setRowCount(0);
    m_initialMapping.clear();
}

namespace {

QString encodingName(core::CsvEncoding e) {
    switch (e) {
        case core::CsvEncoding::Utf8:
            return QStringLiteral("UTF-8");
        case core::CsvEncoding::Cp1251:
            return QStringLiteral("Windows-1251");
        case core::CsvEncoding::Auto:
            break;
    }
    return {};
}

}  // namespace

QString ImportColumnsView::readAs(const core::RecordSource& reader) {
    if (const auto* csv = dynamic_cast<const core::CsvReader*>(&reader)) {
        return QCoreApplication::translate("fd::app::ImportDialog", "read as %1, separated by %2")
            .arg(encodingName(csv->encoding()) +
                     (csv->hadBom() ? QCoreApplication::translate("fd::app::ImportDialog", " with a BOM")
                                    : QString()),
                 csv->delimiter() == QLatin1Char('\t')
                     ? QCoreApplication::translate("fd::app::ImportDialog", "tabs")
                     : QStringLiteral("«%1»").arg(csv->delimiter()));
    }
    if (dynamic_cast<const core::HtmlTableReader*>(&reader)) {
        return QCoreApplication::translate("fd::app::ImportDialog",
                                           "read as the table of a web page (Bitrix24's export to Excel)");
    }
    return QCoreApplication::translate("fd::app::ImportDialog", "read as an Excel workbook (.xlsx)");
}

void ImportColumnsView::showRows(const QStringList& header, core::RecordSource& reader) {
    m_preview->setColumnCount(static_cast<int>(header.size()));
    m_preview->setHorizontalHeaderLabels(header);
    core::CsvRecord record;
    while (m_preview->rowCount() < kPreviewRows && reader.next(record)) {
        const int row = m_preview->rowCount();
        m_preview->insertRow(row);
        m_preview->setVerticalHeaderItem(row, new QTableWidgetItem(QString::number(record.line)));
        if (record.error) {
            auto* item = new QTableWidgetItem(record.error->message());
            item->setForeground(Qt::red);
            m_preview->setItem(row, 0, item);
            continue;
        }
        for (int c = 0; c < record.fields.size() && c < m_preview->columnCount(); ++c) {
            m_preview->setItem(
                row, c,
                new QTableWidgetItem(QString(record.fields[c]).replace(QLatin1Char('\n'), QLatin1Char(' '))));
        }
    }
    m_preview->resizeColumnsToContents();
}

void ImportColumnsView::showMapping(const QStringList& header, const QStringList& fields,
                                    const core::Result<QMap<QString, QList<int>>>& columns) {
    m_mapping->setRowCount(static_cast<int>(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        auto* name = new QTableWidgetItem(fields[row]);
        name->setFlags(Qt::ItemIsEnabled);
        m_mapping->setItem(row, 0, name);
        const QList<int> from = columns ? columns->value(fields[row]) : QList<int>();
        m_initialMapping << (from.isEmpty() ? QString() : header.value(from.front()));
        m_mapping->setCellWidget(row, 1, columnChoice(header, from));
    }
}

QComboBox* ImportColumnsView::columnChoice(const QStringList& header, const QList<int>& from) {
    auto* box = new QComboBox(m_mapping);
    box->addItem(QCoreApplication::translate("fd::app::ImportDialog", "(not imported)"), QString());
    for (const QString& h : header) {
        box->addItem(h, h);
    }
    if (!from.isEmpty()) {
        box->setCurrentIndex(from.front() + 1);
    }
    if (from.size() > 1) {
        QStringList more;
        for (qsizetype i = 1; i < from.size(); ++i) {
            more << header.value(from[i]);
        }
        box->setToolTip(QCoreApplication::translate("fd::app::ImportDialog", "Also read from: %1")
                            .arg(more.join(QStringLiteral(", "))));
    }
    return box;
}

QMap<QString, QString> ImportColumnsView::changedMapping() const {
    QMap<QString, QString> changed;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const auto* box = qobject_cast<QComboBox*>(m_mapping->cellWidget(row, 1));
        if (box && box->currentData().toString() != m_initialMapping.value(row)) {
            changed.insert(m_mapping->item(row, 0)->text(), box->currentData().toString());
        }
    }
    return changed;
}

}  // namespace fd::app
