# `cmake --install <build> --prefix P`:
#   P/bin/iso20k                                      the command        (component Runtime)
#   P/share/iso20k/{checklists,templates}             bundled data       (Runtime)
#     (checklists/ with registry/, schema/ and translations/)
#   P/share/man/man1/iso20k.1                         the manual         (Runtime)
#   P/share/bash-completion/completions/iso20k        bash completion    (Runtime)
#   P/lib/libiso20k_{engine,reports}.a                the libraries      (Development)
#   P/include/iso20k/...                              their headers      (Development)
#   P/lib/cmake/iso20k/iso20k-config*.cmake           find_package(iso20k) (Development)
# The command finds its data at <dir of the executable>/../share/iso20k (engine/iso20k/load/
# data_paths.h), so the bin and data folders keep their GNU names relative to each other and the
# tree can be moved to another prefix. ISO20K_FONT_DIR is not installed: it names the system fonts.
include(CMakePackageConfigHelpers)

set(ISO20K_INSTALL_DATADIR "${CMAKE_INSTALL_DATADIR}/iso20k")
set(ISO20K_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/iso20k")

install(TARGETS iso20k RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT Runtime)
install(TARGETS iso20k_engine iso20k_reports EXPORT iso20k-targets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT Development
)

# Public headers keep their source-relative layout: engine/iso20k/model/date.h becomes
# include/iso20k/model/date.h, reports/iso20k/reports/layout/table.h include/iso20k/reports/layout/
# table.h (the spelling of every #include).
foreach(tree engine/iso20k reports/iso20k)
  install(DIRECTORY ${PROJECT_SOURCE_DIR}/${tree}/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/iso20k
    COMPONENT Development FILES_MATCHING PATTERN "*.h" PATTERN "*_test.h" EXCLUDE)
endforeach()

# The bundled data: checklists with their registries, schemas and translation overlays
# (checklists/translations/, docs/translations.md; not the sources the 2018 checklist is assembled
# from), and the report templates (not the script that drew the logo).
install(DIRECTORY ${PROJECT_SOURCE_DIR}/checklists/ DESTINATION ${ISO20K_INSTALL_DATADIR}/checklists
  COMPONENT Runtime PATTERN "src" EXCLUDE)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/templates/ DESTINATION ${ISO20K_INSTALL_DATADIR}/templates
  COMPONENT Runtime PATTERN "*.py" EXCLUDE)
install(FILES ${PROJECT_SOURCE_DIR}/docs/iso20k.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
  COMPONENT Runtime)
install(FILES ${PROJECT_SOURCE_DIR}/scripts/completion/iso20k.bash
  DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME iso20k COMPONENT Runtime)

install(EXPORT iso20k-targets NAMESPACE iso20k:: DESTINATION ${ISO20K_INSTALL_CMAKEDIR}
  COMPONENT Development)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/iso20k-config.cmake.in
  ${PROJECT_BINARY_DIR}/iso20k-config.cmake INSTALL_DESTINATION ${ISO20K_INSTALL_CMAKEDIR}
  PATH_VARS ISO20K_INSTALL_DATADIR)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/iso20k-config-version.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/iso20k-config.cmake ${PROJECT_BINARY_DIR}/iso20k-config-version.cmake
  DESTINATION ${ISO20K_INSTALL_CMAKEDIR} COMPONENT Development)
