// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "participants/ParticipantTableModel.h"

#include "app/ProjectSession.h"
#include "ops/Participants.h"
#include "ops/Reader.h"
#include "store/Change.h"
#include "store/Project.h"

#include <QHash>

namespace tianye::ui {

namespace {

constexpr CityTie Ties[] = {CityTie::Unknown, CityTie::Native, CityTie::Returnee, CityTie::Newcomer,
                            CityTie::Visitor};
constexpr ConsentStatus Consents[] = {ConsentStatus::Pending, ConsentStatus::Given, ConsentStatus::Withdrawn};

template <class E, size_t N> int indexOf(const E (&values)[N], E v)
{
    for (size_t i = 0; i < N; ++i) {
        if (values[i] == v)
            return int(i);
    }
    return 0;
}

template <class E, size_t N> QStringList labels(const E (&values)[N])
{
    QStringList out;
    for (E v : values)
        out << label(v);
    return out;
}

std::optional<ParticipantField> fieldOf(int column)
{
    switch (ParticipantTableModel::Column(column)) {
    case ParticipantTableModel::Code:
        return ParticipantField::Code;
    case ParticipantTableModel::RealName:
        return ParticipantField::RealName;
    case ParticipantTableModel::Contact:
        return ParticipantField::Contact;
    case ParticipantTableModel::Gender:
        return ParticipantField::Gender;
    case ParticipantTableModel::AgeBand:
        return ParticipantField::AgeBand;
    case ParticipantTableModel::Occupation:
        return ParticipantField::Occupation;
    case ParticipantTableModel::Category:
        return ParticipantField::Category;
    case ParticipantTableModel::Tie:
        return ParticipantField::Tie;
    case ParticipantTableModel::Consent:
        return ParticipantField::Consent;
    case ParticipantTableModel::ConsentDate:
        return ParticipantField::ConsentDate;
    default:
        return std::nullopt;
    }
}

} // namespace

ParticipantTableModel::ParticipantTableModel(ProjectSession* session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(m_session, &ProjectSession::projectChanged, this, &ParticipantTableModel::onProjectChanged);
    onProjectChanged();
}

void ParticipantTableModel::onProjectChanged()
{
    QObject::disconnect(m_connection);
    m_cityId = NoRow;
    if (Project* project = m_session->project())
        m_connection =
            connect(&project->notifier(), &ChangeNotifier::changed, this, &ParticipantTableModel::onChange);
    reload();
}

void ParticipantTableModel::setCity(RowId cityId)
{
    if (cityId == m_cityId)
        return;
    m_cityId = cityId;
    reload();
}

std::vector<ParticipantTableModel::Row> ParticipantTableModel::fetch(const QList<RowId>& only) const
{
    std::vector<Row> rows;
    Project* project = m_session->project();
    if (!project)
        return rows;
    auto people = ops::Reader(*project).participants(m_cityId);
    auto interviews = ops::Reader(*project).interviews(m_cityId);
    auto cities = ops::Reader(*project).cities();
    if (!people || !interviews || !cities)
        return rows;
    QHash<RowId, int> counts;
    for (const Interview& iv : *interviews) {
        for (RowId p : iv.participantIds)
            ++counts[p];
    }
    QHash<RowId, QString> cityNames;
    for (const tianye::City& c : *cities)
        cityNames.insert(c.id, c.name);
    for (Participant& p : *people) {
        if (!only.isEmpty() && !only.contains(p.id))
            continue;
        const int n = counts.value(p.id);
        const QString city = cityNames.value(p.cityId);
        rows.push_back({std::move(p), n, city});
    }
    return rows;
}

void ParticipantTableModel::reload()
{
    beginResetModel();
    m_rows = fetch();
    endResetModel();
}

RowId ParticipantTableModel::participantAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].participant.id : NoRow;
}

int ParticipantTableModel::rowOf(RowId id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].participant.id == id)
            return int(i);
    }
    return -1;
}

void ParticipantTableModel::onChange(const Change& change)
{
    if (change.entity == Entity::Interview || change.entity == Entity::City) {
        // Interview counts or city names; the rows themselves stay.
        std::vector<Row> fresh = fetch();
        if (fresh.size() != m_rows.size()) {
            reload();
            return;
        }
        for (size_t i = 0; i < fresh.size(); ++i) {
            if (fresh[i].participant.id != m_rows[i].participant.id) {
                reload();
                return;
            }
            if (fresh[i].interviews != m_rows[i].interviews || fresh[i].cityName != m_rows[i].cityName) {
                m_rows[i] = std::move(fresh[i]);
                Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
            }
        }
        return;
    }
    if (change.entity != Entity::Participant)
        return;
    for (RowId id : change.ids) {
        const int at = rowOf(id);
        std::vector<Row> fresh = change.kind == ChangeKind::Removed ? std::vector<Row>() : fetch({id});
        if (fresh.empty() && at >= 0) {
            beginRemoveRows({}, at, at);
            m_rows.erase(m_rows.begin() + at);
            endRemoveRows();
        } else if (!fresh.empty() && at >= 0) {
            m_rows[size_t(at)] = std::move(fresh.front());
            Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
        } else if (!fresh.empty()) {
            const int end = int(m_rows.size());
            beginInsertRows({}, end, end);
            m_rows.push_back(std::move(fresh.front()));
            endInsertRows();
        }
    }
}

int ParticipantTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParticipantTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[size_t(index.row())];
    const Participant& p = row.participant;
    if (role == ParticipantIdRole)
        return p.id;
    if (role == ChoicesRole) {
        if (index.column() == Tie)
            return labels(Ties);
        if (index.column() == Consent)
            return labels(Consents);
        return {};
    }
    if (role == Qt::EditRole) {
        if (index.column() == Tie)
            return indexOf(Ties, p.tie);
        if (index.column() == Consent)
            return indexOf(Consents, p.consent);
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case Code:
        return p.code;
    case RealName:
        return p.realName;
    case Contact:
        return p.contact;
    case Gender:
        return p.gender;
    case AgeBand:
        return p.ageBand;
    case Occupation:
        return p.occupation;
    case Category:
        return p.category;
    case Tie:
        return label(p.tie);
    case Consent:
        return label(p.consent);
    case ConsentDate:
        return p.consentDate;
    case Interviews:
        return row.interviews;
    case City:
        return row.cityName;
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags ParticipantTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && fieldOf(index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ParticipantTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const auto field = fieldOf(index.column());
    Project* project = m_session->project();
    if (!field || !project)
        return false;
    const Participant& p = m_rows[size_t(index.row())].participant;
    QVariant stored = value;
    if (index.column() == Tie)
        stored = QVariant::fromValue(Ties[std::clamp(value.toInt(), 0, int(std::size(Ties)) - 1)]);
    else if (index.column() == Consent)
        stored = QVariant::fromValue(Consents[std::clamp(value.toInt(), 0, int(std::size(Consents)) - 1)]);
    else
        stored = value.toString().trimmed();
    if (stored == data(index, Qt::EditRole) && index.column() != Tie && index.column() != Consent)
        return true;
    const QString action =
        tr("Edit %1 of %2").arg(headerData(index.column(), Qt::Horizontal).toString(), p.code);
    if (auto ok = ops::setParticipantField(*m_session->ops(), p.id, *field, stored); !ok) {
        Q_EMIT editFailed(action, ok.error());
        return false;
    }
    return true;
}

QVariant ParticipantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Code:
        return tr("Code");
    case RealName:
        return tr("Real name");
    case Contact:
        return tr("Contact");
    case Gender:
        return tr("Gender");
    case AgeBand:
        return tr("Age band");
    case Occupation:
        return tr("Occupation");
    case Category:
        return tr("Category");
    case Tie:
        return tr("Tie to the city");
    case Consent:
        return tr("Consent");
    case ConsentDate:
        return tr("Consent date");
    case Interviews:
        return tr("Interviews");
    case City:
        return tr("City");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace tianye::ui
