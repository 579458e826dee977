# Compiler settings shared by every target of ours.
set(CMAKE_CXX_STANDARD 17)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
set(CMAKE_AUTOMOC ON)
set(CMAKE_AUTOUIC ON)
set(CMAKE_AUTORCC ON)
set(CMAKE_AUTOUIC_SEARCH_PATHS "${CMAKE_SOURCE_DIR}/ui")

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
  set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

find_program(GRIDDESK_CCACHE ccache)
if(GRIDDESK_CCACHE)
  set(CMAKE_C_COMPILER_LAUNCHER "${GRIDDESK_CCACHE}")
  set(CMAKE_CXX_COMPILER_LAUNCHER "${GRIDDESK_CCACHE}")
endif()

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  include(CheckCXXSourceCompiles)
  set(CMAKE_REQUIRED_LINK_OPTIONS "-fuse-ld=gold")
  check_cxx_source_compiles("int main(){return 0;}" GRIDDESK_HAVE_GOLD)
  unset(CMAKE_REQUIRED_LINK_OPTIONS)
  if(GRIDDESK_HAVE_GOLD)
    add_link_options(-fuse-ld=gold)
  endif()
  # Debug information stays in .dwo files beside the objects, out of the
  # archives and executables: a console test links in under a second, not
  # five, and is 7 MB, not 185 MB. Debuggers read the .dwo files in place.
  add_compile_options($<$<CONFIG:Debug,RelWithDebInfo>:-gsplit-dwarf>)
endif()

# A unity build compiles each target's sources in batches, one translation
# unit per batch: a clean build takes well under half the time (the fresh-
# machine setup turns it on). Sources therefore keep file-local names apart
# across a target; CI's build is the check.
set(CMAKE_UNITY_BUILD_BATCH_SIZE 8 CACHE STRING "Sources per translation unit in a unity build")

# Applied to our own targets only; third-party headers come in as SYSTEM.
# QGIS headers use the signals/slots keywords and implicit const char* to
# QString conversions, so targets that include them (pass QGIS) relax those two.
function(griddesk_target_defaults target)
  cmake_parse_arguments(ARG "QGIS" "" "" ${ARGN})
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4 /utf-8)
    if(GRIDDESK_WERROR)
      target_compile_options(${target} PRIVATE /WX)
    endif()
  else()
    target_compile_options(${target} PRIVATE -Wall -Wextra)
    if(GRIDDESK_WERROR)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
  target_compile_definitions(${target} PRIVATE QT_NO_FOREACH QT_DISABLE_DEPRECATED_BEFORE=0x050F00)
  if(NOT ARG_QGIS)
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_KEYWORDS)
  endif()
endfunction()
