# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Tianye developers
# Fails when the window reaches past the verbs layer into the store: ui/ reads through
# ops::Reader and writes through the verbs (app/ops), so it includes no repository,
# query or SQL header of store/ and no SQLite header. What it may include of store/ is
# the open project, its change notifications, its backups and its check.
# -DSOURCE_DIR=…
cmake_minimum_required(VERSION 3.25)
set(allowed Project Change Database Backups IntegrityReport)
file(GLOB_RECURSE sources ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h)
set(found)
foreach(source ${sources})
    file(STRINGS ${source} lines REGEX "^#include [<\"](store/|SQLiteCpp|sqlite3)|orThrow")
    foreach(line ${lines})
        if(line MATCHES "^#include \"store/([A-Za-z]+)\\.h\"")
            if(CMAKE_MATCH_1 IN_LIST allowed)
                continue()
            endif()
        endif()
        file(RELATIVE_PATH name ${SOURCE_DIR} ${source})
        list(APPEND found "${name}: ${line}")
    endforeach()
endforeach()
list(LENGTH sources count)
if(found)
    list(JOIN found "\n  " lines)
    message(FATAL_ERROR "ui/ reaches into the store past ops (read through ops::Reader, write through a verb):\n  ${lines}")
endif()
message(STATUS "ui/: ${count} files, none reaches past ops into the store")
