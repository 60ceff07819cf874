// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Types.h"

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace tianye::ui {

// Name, region and interview target of a city, for adding or editing one.
class CityDialog final : public QDialog
{
    Q_OBJECT

public:
    CityDialog(const City& city, bool adding, QWidget* parent = nullptr);
    // The city with the fields as entered.
    City city() const;

private:
    City m_city;
    QLineEdit* m_name;
    QLineEdit* m_region;
    QSpinBox* m_target;
};

} // namespace tianye::ui
