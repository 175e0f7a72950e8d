# Harness.cmake - ctest helpers for the real-PostgreSQL round-trip tests.
#
#   include(tests/harness/Harness.cmake)      # after enable_testing()
#   schemadiff_add_roundtrip_case(NAME CASE_DIR [EXTRA_ARGS "ARGS"] [GOLDEN])
#   schemadiff_add_roundtrip_cases(GLOB_DIR PREFIX [EXTRA_ARGS "ARGS"] [GOLDEN])
#   schemadiff_add_harness_selftest()          # optional, needs no schemadiff binary
#
# All tests require the ctest fixture `pg_cluster`: a setup test
# (schemadiff_pg_cluster_start) starts a throwaway cluster with
# pg_cluster.sh, a cleanup test (schemadiff_pg_cluster_stop) stops it and removes its
# directory. Running a single test (ctest -R name) runs the fixture tests too.
# Every round-trip test creates uniquely named databases, so `ctest -j N` is fine.
#
# Cache variables:
#   SCHEMADIFF_PG_TESTS      ON/OFF; default ON when PostgreSQL server binaries
#                            (initdb, pg_ctl) are found, else OFF (tests not added)
#   SCHEMADIFF_PG_BINDIR     PostgreSQL bin directory passed to the scripts as
#                            PG_BINDIR (default: empty = scripts auto-detect the newest
#                            /usr/lib/postgresql/*/bin)
#   SCHEMADIFF_PGTEST_DIR    cluster directory. Default: /tmp/schemadiff-pgtest-<hash of
#                            CMAKE_BINARY_DIR>. /tmp rather than the build tree because
#                            (a) a unix socket path must stay under ~100 bytes and
#                            (b) when tests run as root the server runs as `postgres`,
#                            which must be able to reach the directory.
#   SCHEMADIFF_HARNESS_TARGET  executable target under test (default: schemadiff)
#   SCHEMADIFF_ROUNDTRIP_TIMEOUT  per-test timeout in seconds (default 300)

include_guard(GLOBAL)

set(SCHEMADIFF_HARNESS_DIR "${CMAKE_CURRENT_LIST_DIR}" CACHE INTERNAL "schemadiff test harness directory")

find_program(BASH_EXECUTABLE bash)
if(NOT BASH_EXECUTABLE)
  message(FATAL_ERROR "schemadiff test harness: bash not found")
endif()

# ---- detect PostgreSQL server binaries -------------------------------------
set(SCHEMADIFF_PG_BINDIR "" CACHE PATH "PostgreSQL bin directory for the round-trip tests (empty = auto-detect)")
set(_sd_pg_found OFF)
if(SCHEMADIFF_PG_BINDIR)
  if(EXISTS "${SCHEMADIFF_PG_BINDIR}/initdb" AND EXISTS "${SCHEMADIFF_PG_BINDIR}/pg_ctl")
    set(_sd_pg_found ON)
  endif()
else()
  file(GLOB _sd_initdbs "/usr/lib/postgresql/*/bin/initdb")
  find_program(_sd_initdb_on_path initdb)
  if(_sd_initdbs OR _sd_initdb_on_path)
    set(_sd_pg_found ON)
  endif()
endif()
option(SCHEMADIFF_PG_TESTS "Add the real-PostgreSQL round-trip tests" ${_sd_pg_found})
if(SCHEMADIFF_PG_TESTS AND NOT _sd_pg_found)
  message(WARNING "SCHEMADIFF_PG_TESTS is ON but no PostgreSQL server binaries were found; "
                  "the pg_cluster fixture will fail (set SCHEMADIFF_PG_BINDIR)")
endif()
if(NOT SCHEMADIFF_PG_TESTS)
  message(STATUS "schemadiff: PostgreSQL round-trip tests disabled (SCHEMADIFF_PG_TESTS=OFF; PostgreSQL found: ${_sd_pg_found})")
endif()

string(MD5 _sd_bin_hash "${CMAKE_BINARY_DIR}")
string(SUBSTRING "${_sd_bin_hash}" 0 10 _sd_bin_hash)
set(SCHEMADIFF_PGTEST_DIR "/tmp/schemadiff-pgtest-${_sd_bin_hash}"
    CACHE PATH "Directory for the throwaway PostgreSQL cluster used by the round-trip tests")
set(SCHEMADIFF_HARNESS_TARGET "schemadiff" CACHE STRING "Executable target tested by the round-trip harness")
set(SCHEMADIFF_ROUNDTRIP_TIMEOUT 300 CACHE STRING "Timeout (s) of one round-trip test")

function(_schemadiff_pg_env out_var)
  set(_env "")
  if(SCHEMADIFF_PG_BINDIR)
    list(APPEND _env "PG_BINDIR=${SCHEMADIFF_PG_BINDIR}")
  endif()
  set(${out_var} "${_env}" PARENT_SCOPE)
endfunction()

# ---- the pg_cluster fixture (defined once, on first use) ---------------------
function(schemadiff_add_pg_cluster_fixture)
  get_property(_done GLOBAL PROPERTY SCHEMADIFF_PG_FIXTURE_DEFINED)
  if(_done)
    return()
  endif()
  set_property(GLOBAL PROPERTY SCHEMADIFF_PG_FIXTURE_DEFINED TRUE)
  _schemadiff_pg_env(_env)

  add_test(NAME schemadiff_pg_cluster_start
           COMMAND "${BASH_EXECUTABLE}" "${SCHEMADIFF_HARNESS_DIR}/pg_cluster.sh" start "${SCHEMADIFF_PGTEST_DIR}")
  set_tests_properties(schemadiff_pg_cluster_start PROPERTIES
                       FIXTURES_SETUP pg_cluster
                       TIMEOUT 120
                       LABELS "postgres")
  add_test(NAME schemadiff_pg_cluster_stop
           COMMAND "${BASH_EXECUTABLE}" "${SCHEMADIFF_HARNESS_DIR}/pg_cluster.sh" stop "${SCHEMADIFF_PGTEST_DIR}")
  set_tests_properties(schemadiff_pg_cluster_stop PROPERTIES
                       FIXTURES_CLEANUP pg_cluster
                       TIMEOUT 120
                       LABELS "postgres")
  if(_env)
    set_tests_properties(schemadiff_pg_cluster_start schemadiff_pg_cluster_stop
                         PROPERTIES ENVIRONMENT "${_env}")
  endif()
endfunction()

# ---- one round-trip test -------------------------------------------------------
# schemadiff_add_roundtrip_case(NAME CASE_DIR [EXTRA_ARGS "ARGS"] [GOLDEN])
#   CASE_DIR holds old.sql, new.sql and optionally `expect`; relative paths are taken
#   relative to the current source directory. EXTRA_ARGS (one string, word-split)
#   go to every schemadiff run, e.g. "--online". GOLDEN: the generated migrations
#   must equal CASE_DIR/expected_up.sql (required) and CASE_DIR/expected_down.sql
#   (when present) byte for byte.
function(schemadiff_add_roundtrip_case name case_dir)
  if(NOT SCHEMADIFF_PG_TESTS)
    return()
  endif()
  cmake_parse_arguments(PARSE_ARGV 2 _rt "GOLDEN" "EXTRA_ARGS" "")
  get_filename_component(case_dir "${case_dir}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
  if(NOT EXISTS "${case_dir}/old.sql" OR NOT EXISTS "${case_dir}/new.sql")
    message(FATAL_ERROR "schemadiff_add_roundtrip_case(${name}): ${case_dir} lacks old.sql/new.sql")
  endif()
  schemadiff_add_pg_cluster_fixture()
  _schemadiff_pg_env(_env)
  set(_options "")
  if(DEFINED _rt_EXTRA_ARGS)
    list(APPEND _options --extra-args "${_rt_EXTRA_ARGS}")
  endif()
  if(_rt_GOLDEN)
    list(APPEND _options --golden-up "${case_dir}/expected_up.sql")
    if(EXISTS "${case_dir}/expected_down.sql")
      list(APPEND _options --golden-down "${case_dir}/expected_down.sql")
    endif()
  endif()

  add_test(NAME "${name}"
           COMMAND "${BASH_EXECUTABLE}" "${SCHEMADIFF_HARNESS_DIR}/roundtrip.sh"
                   --schemadiff "$<TARGET_FILE:${SCHEMADIFF_HARNESS_TARGET}>"
                   --cluster "${SCHEMADIFF_PGTEST_DIR}"
                   --name "${name}"
                   ${_options}
                   --case-dir "${case_dir}")
  set_tests_properties("${name}" PROPERTIES
                       FIXTURES_REQUIRED pg_cluster
                       TIMEOUT ${SCHEMADIFF_ROUNDTRIP_TIMEOUT}
                       LABELS "roundtrip;postgres")
  if(_env)
    set_tests_properties("${name}" PROPERTIES ENVIRONMENT "${_env}")
  endif()
endfunction()

# ---- one test per case directory ---------------------------------------------
# schemadiff_add_roundtrip_cases(GLOB_DIR PREFIX [EXTRA_ARGS "ARGS"] [GOLDEN])
#   adds test PREFIX<subdir> for every immediate subdirectory of GLOB_DIR holding both
#   old.sql and new.sql. New case directories are picked up at the next build
#   (CONFIGURE_DEPENDS). EXTRA_ARGS and GOLDEN: as for schemadiff_add_roundtrip_case.
function(schemadiff_add_roundtrip_cases glob_dir prefix)
  if(NOT SCHEMADIFF_PG_TESTS)
    return()
  endif()
  cmake_parse_arguments(PARSE_ARGV 2 _rts "GOLDEN" "EXTRA_ARGS" "")
  set(_pass "")
  if(DEFINED _rts_EXTRA_ARGS)
    list(APPEND _pass EXTRA_ARGS "${_rts_EXTRA_ARGS}")
  endif()
  if(_rts_GOLDEN)
    list(APPEND _pass GOLDEN)
  endif()
  get_filename_component(glob_dir "${glob_dir}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
  file(GLOB _sd_old_files CONFIGURE_DEPENDS "${glob_dir}/*/old.sql")
  file(GLOB _sd_new_files CONFIGURE_DEPENDS "${glob_dir}/*/new.sql")
  list(SORT _sd_old_files)
  set(_count 0)
  foreach(_old IN LISTS _sd_old_files)
    get_filename_component(_dir "${_old}" DIRECTORY)
    if(EXISTS "${_dir}/new.sql")
      get_filename_component(_case "${_dir}" NAME)
      schemadiff_add_roundtrip_case("${prefix}${_case}" "${_dir}" ${_pass})
      math(EXPR _count "${_count} + 1")
    endif()
  endforeach()
  if(_count EQUAL 0)
    message(STATUS "schemadiff: no round-trip cases under ${glob_dir}")
  endif()
endfunction()

# ---- harness self-test (snapshot invariants, pg_dump reload) ------------------
function(schemadiff_add_harness_selftest)
  if(NOT SCHEMADIFF_PG_TESTS)
    return()
  endif()
  schemadiff_add_pg_cluster_fixture()
  _schemadiff_pg_env(_env)
  add_test(NAME schemadiff_harness_selftest
           COMMAND "${BASH_EXECUTABLE}" "${SCHEMADIFF_HARNESS_DIR}/selftest.sh"
                   --cluster "${SCHEMADIFF_PGTEST_DIR}")
  set_tests_properties(schemadiff_harness_selftest PROPERTIES
                       FIXTURES_REQUIRED pg_cluster
                       TIMEOUT 120
                       LABELS "postgres")
  if(_env)
    set_tests_properties(schemadiff_harness_selftest PROPERTIES ENVIRONMENT "${_env}")
  endif()
endfunction()
