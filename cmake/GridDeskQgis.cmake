# Wraps Debian's variable-only FindQGIS.cmake in imported targets that carry
# their Qt dependencies.
list(APPEND CMAKE_MODULE_PATH /usr/share/qgis)
find_package(QGIS REQUIRED)
if(NOT QGIS_FOUND OR NOT QGIS_CORE_LIBRARY)
  message(FATAL_ERROR "QGIS development files not found (install libqgis-dev)")
endif()

add_library(QGIS::Core UNKNOWN IMPORTED)
set_target_properties(QGIS::Core PROPERTIES IMPORTED_LOCATION "${QGIS_CORE_LIBRARY}")
target_include_directories(QGIS::Core SYSTEM INTERFACE "${QGIS_INCLUDE_DIR}")
target_link_libraries(QGIS::Core INTERFACE
  Qt5::Core Qt5::Gui Qt5::Widgets Qt5::Xml Qt5::Network Qt5::Sql Qt5::Svg Qt5::Concurrent Qt5::PrintSupport)
target_compile_definitions(QGIS::Core INTERFACE GRIDDESK_WITH_QGIS)

add_library(QGIS::Gui UNKNOWN IMPORTED)
set_target_properties(QGIS::Gui PROPERTIES IMPORTED_LOCATION "${QGIS_GUI_LIBRARY}")
target_link_libraries(QGIS::Gui INTERFACE QGIS::Core)
