// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "cities/CityDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tianye::ui {

CityDialog::CityDialog(const City& city, bool adding, QWidget* parent)
    : QDialog(parent)
    , m_city(city)
{
    setObjectName(QStringLiteral("cityDialog"));
    setWindowTitle(adding ? tr("Add City") : tr("City Properties"));
    m_name = new QLineEdit(city.name, this);
    m_name->setObjectName(QStringLiteral("cityNameField"));
    m_name->setPlaceholderText(tr("e.g. 大同"));
    m_region = new QLineEdit(city.region, this);
    m_region->setObjectName(QStringLiteral("cityRegionField"));
    m_region->setPlaceholderText(tr("e.g. Shanxi"));
    m_target = new QSpinBox(this);
    m_target->setObjectName(QStringLiteral("cityTargetField"));
    m_target->setRange(0, 100000);
    m_target->setSpecialValueText(tr("No target"));
    m_target->setValue(city.targetInterviews);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("Interview &target:"), m_target);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(adding ? tr("Add City") : tr("Save"));
    ok->setEnabled(!city.name.trimmed().isEmpty());
    connect(m_name, &QLineEdit::textChanged, ok,
            [ok](const QString& text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_name->setFocus();
    m_name->selectAll();
}

City CityDialog::city() const
{
    City c = m_city;
    c.name = m_name->text().trimmed();
    c.region = m_region->text().trimmed();
    c.targetInterviews = m_target->value();
    return c;
}

} // namespace tianye::ui
