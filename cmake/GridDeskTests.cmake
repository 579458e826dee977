# One test executable per unit under test. Every test runs offscreen with a
# private HOME and XDG folders under the build tree, so QGIS never touches the
# user's profile.
set(GRIDDESK_TEST_HOME "${CMAKE_BINARY_DIR}/test-home")
set(GRIDDESK_SHARED_DATA "${CMAKE_SOURCE_DIR}/../shared/data" CACHE PATH "Folder with the shared real data sets")

function(griddesk_add_test name)
  cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  set_target_properties(${name} PROPERTIES UNITY_BUILD OFF) # one file each: nothing to batch
  griddesk_target_defaults(${name} QGIS) # tests may use plain string literals
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} ${GRIDDESK_QT}::Test)
  target_compile_definitions(${name} PRIVATE
    GRIDDESK_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
    GRIDDESK_BINARY_DIR="${CMAKE_BINARY_DIR}"
    GRIDDESK_SHARED_DATA="${GRIDDESK_SHARED_DATA}")
  add_test(NAME ${name} COMMAND ${name})
  set(home "${GRIDDESK_TEST_HOME}/${name}")
  file(MAKE_DIRECTORY "${home}/config" "${home}/data" "${home}/cache" "${home}/runtime")
  file(CHMOD "${home}/runtime" DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  set_tests_properties(${name} PROPERTIES
    TIMEOUT ${ARG_TIMEOUT}
    LABELS "${ARG_LABELS}"
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HOME=${home};XDG_CONFIG_HOME=${home}/config;XDG_DATA_HOME=${home}/data;XDG_CACHE_HOME=${home}/cache;XDG_RUNTIME_DIR=${home}/runtime;LANG=C.UTF-8;LC_ALL=C.UTF-8;GRIDDESK_ADMIN=$<TARGET_FILE:griddesk-admin>")
endfunction()

# Runs an existing test executable a second time against the PostgreSQL/PostGIS
# test server: same cases, GRIDDESK_TEST_BACKEND=pg. The server fixture starts
# before and always stops after.
function(griddesk_add_pg_variant name)
  add_test(NAME ${name}_pg COMMAND ${name})
  get_test_property(${name} ENVIRONMENT env)
  get_test_property(${name} LABELS labels)
  get_test_property(${name} TIMEOUT timeout)
  set_tests_properties(${name}_pg PROPERTIES
    TIMEOUT ${timeout}
    LABELS "${labels};pg"
    FIXTURES_REQUIRED griddesk_pg
    ENVIRONMENT "${env};GRIDDESK_TEST_BACKEND=pg;GRIDDESK_PG=${GRIDDESK_PG_CONNINFO}")
endfunction()
