# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Tianye developers
# Fails when a shipped translation misses strings of the current sources: runs
# lupdate on a copy of each .ts and counts unfinished and vanished entries.
# -DLUPDATE=… -DSOURCE_DIR=… -DWORK_DIR=…
file(MAKE_DIRECTORY ${WORK_DIR})
set(failed FALSE)
foreach(lang zh_CN en)
    set(copy ${WORK_DIR}/tianye_${lang}.ts)
    configure_file(${SOURCE_DIR}/translations/tianye_${lang}.ts ${copy} COPYONLY)
    set(extra)
    if(lang STREQUAL "en")
        set(extra -pluralonly -source-language en -target-language en)
    endif()
    execute_process(COMMAND ${LUPDATE} -no-obsolete -locations none -I ${SOURCE_DIR}/app -I ${SOURCE_DIR}/ui ${extra}
                            ${SOURCE_DIR}/app ${SOURCE_DIR}/ui -ts ${copy}
                    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(SEND_ERROR "lupdate failed for ${lang}: ${err}")
        set(failed TRUE)
        continue()
    endif()
    file(STRINGS ${copy} unfinished REGEX "type=\"(unfinished|vanished|obsolete)\"")
    list(LENGTH unfinished count)
    file(STRINGS ${copy} sources REGEX "<source>")
    list(LENGTH sources total)
    message(STATUS "tianye_${lang}.ts: ${total} strings, ${count} not translated")
    if(count GREATER 0)
        message(SEND_ERROR "tianye_${lang}.ts has ${count} untranslated or stale entries; run "
                           "'cmake --build <dir> --target update_translations' and translate them: ${unfinished}")
        set(failed TRUE)
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "translations incomplete")
endif()
