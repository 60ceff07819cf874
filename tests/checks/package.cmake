# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Tianye developers
# Builds the .deb, unpacks it into a temporary root and runs the installed programs
# from there; validates the installed desktop entry and AppStream metainfo.
# -DBUILD_DIR=... -DWORK_DIR=... -DVERSION=...
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
execute_process(COMMAND ${CMAKE_CPACK_COMMAND} --config ${BUILD_DIR}/CPackConfig.cmake -B ${WORK_DIR}/out
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed:\n${out}\n${err}")
endif()
file(GLOB debs ${WORK_DIR}/out/tianye_*.deb)
list(LENGTH debs n)
if(NOT n EQUAL 1)
    message(FATAL_ERROR "expected one tianye_*.deb, found: ${debs}")
endif()
message(STATUS "package: ${debs}")

function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        string(REPLACE ";" " " shown "${ARGN}")
        message(FATAL_ERROR "${shown} failed (${rc}):\n${out}\n${err}")
    endif()
    set(run_out "${out}${err}" PARENT_SCOPE)
endfunction()

run(dpkg-deb -f ${debs} Depends)
foreach(dep libqt6widgets6 libqt6multimedia6 libsqlite3-0 libsoundtouch1 libhunspell gstreamer1.0-plugins-good gstreamer1.0-libav)
    string(FIND "${run_out}" "${dep}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "Depends lacks ${dep}: ${run_out}")
    endif()
endforeach()

set(root ${WORK_DIR}/root)
run(dpkg-deb -x ${debs} ${root})
foreach(f usr/bin/tianye usr/bin/tianye-cli usr/share/applications/io.github.tianye.Tianye.desktop
          usr/share/metainfo/io.github.tianye.Tianye.metainfo.xml
          usr/share/icons/hicolor/scalable/apps/io.github.tianye.Tianye.svg
          usr/share/icons/hicolor/48x48/apps/io.github.tianye.Tianye.png
          usr/share/icons/hicolor/256x256/apps/io.github.tianye.Tianye.png
          usr/share/man/man1/tianye-cli.1)
    if(NOT EXISTS ${root}/${f})
        message(FATAL_ERROR "${f} is not in the package")
    endif()
endforeach()

run(${root}/usr/bin/tianye-cli --version)
if(NOT run_out MATCHES "tianye-cli ${VERSION}")
    message(FATAL_ERROR "tianye-cli --version printed: ${run_out}")
endif()
run(${root}/usr/bin/tianye-cli demo ${WORK_DIR}/Demo)
run(${root}/usr/bin/tianye-cli info ${WORK_DIR}/Demo.tianye)
if(NOT run_out MATCHES "大同")
    message(FATAL_ERROR "the installed demo has no 大同: ${run_out}")
endif()
run(${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen ${root}/usr/bin/tianye --version)
if(NOT run_out MATCHES "${VERSION}")
    message(FATAL_ERROR "tianye --version printed: ${run_out}")
endif()
run(desktop-file-validate ${root}/usr/share/applications/io.github.tianye.Tianye.desktop)
run(appstreamcli validate --no-net ${root}/usr/share/metainfo/io.github.tianye.Tianye.metainfo.xml)
file(READ ${root}/usr/share/man/man1/tianye-cli.1 run_out)
if(NOT run_out MATCHES "attach.-audio" OR NOT run_out MATCHES "[.]TH TIANYE-CLI")
    message(FATAL_ERROR "the man page lacks the commands: ${run_out}")
endif()
message(STATUS "installed package works")
