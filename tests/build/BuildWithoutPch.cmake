# cmake -DSOURCE_DIR=<tree> -DBINARY_DIR=<dir> -P BuildWithoutPch.cmake
# Configures <tree> with PCS_USE_PCH=OFF into <dir> and builds pcs-studio (so every module library
# and app/); fails with the compiler's messages when a file relies on a precompiled header.
execute_process(
  COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${BINARY_DIR} -G "Unix Makefiles"
          -DPCS_USE_PCH=OFF -DPCS_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=
  RESULT_VARIABLE configured OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT configured EQUAL 0)
  message(FATAL_ERROR "Configuring without precompiled headers failed:\n${output}")
endif()
execute_process(
  COMMAND ${CMAKE_COMMAND} --build ${BINARY_DIR} --target pcs-studio --parallel 2 -- -k
  RESULT_VARIABLE built OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT built EQUAL 0)
  string(REGEX MATCHALL "[^\n]*error:[^\n]*" errors "${output}")
  list(JOIN errors "\n" errors)
  message(FATAL_ERROR "The build without precompiled headers failed:\n${errors}\n\nFull output:\n${output}")
endif()
message(STATUS "pcs-studio and every module library build without precompiled headers")
