// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/SqlValue.h"

namespace tianye::sql {

void bind(SQLite::Statement& st, int index, const QString& text)
{
    // The std::string overload binds UTF-8 text with its length (the void* one would bind a blob).
    st.bind(index, text.toStdString());
}

void bind(SQLite::Statement& st, int index, const std::optional<qint64>& value)
{
    if (value)
        st.bind(index, static_cast<int64_t>(*value));
    else
        st.bind(index);
}

void bindId(SQLite::Statement& st, int index, RowId id)
{
    if (id == NoRow)
        st.bind(index);
    else
        st.bind(index, static_cast<int64_t>(id));
}

void bindVariant(SQLite::Statement& st, int index, const QVariant& value)
{
    if (!value.isValid() || value.isNull()) {
        st.bind(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        st.bind(index, value.toBool() ? 1 : 0);
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        st.bind(index, static_cast<int64_t>(value.toLongLong()));
        break;
    case QMetaType::Double:
        st.bind(index, value.toDouble());
        break;
    default:
        bind(st, index, value.toString());
        break;
    }
}

QString text(const SQLite::Column& c)
{
    if (c.isNull())
        return {};
    return QString::fromUtf8(static_cast<const char*>(c.getBlob()), c.getBytes());
}

std::optional<qint64> optionalInt(const SQLite::Column& c)
{
    if (c.isNull())
        return std::nullopt;
    return c.getInt64();
}

RowId id(const SQLite::Column& c)
{
    return c.isNull() ? NoRow : c.getInt64();
}

void readRecordInfo(SQLite::Statement& st, RecordInfo& info)
{
    info.id = st.getColumn(0).getInt64();
    info.uuid = text(st.getColumn(1));
    info.createdAt = st.getColumn(2).getInt64();
    info.updatedAt = st.getColumn(3).getInt64();
    info.authorId = id(st.getColumn(4));
}

std::string placeholders(int n)
{
    std::string out;
    for (int i = 0; i < n; ++i)
        out += i == 0 ? "?" : ", ?";
    return out;
}

} // namespace tianye::sql
