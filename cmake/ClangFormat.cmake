# format / format-check targets over the project's own C++ sources (KeePassXC CLangFormat.cmake idea).
find_program(CLANG_FORMAT_EXE NAMES clang-format clang-format-14)
if(CLANG_FORMAT_EXE)
    file(GLOB_RECURSE _tessera_format_sources CONFIGURE_DEPENDS
        ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
        ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
        ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
        ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h)
    add_custom_target(format COMMAND ${CLANG_FORMAT_EXE} -i ${_tessera_format_sources}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} COMMENT "clang-format -i")
    add_custom_target(format-check COMMAND ${CLANG_FORMAT_EXE} --dry-run -Werror ${_tessera_format_sources}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} COMMENT "clang-format --dry-run -Werror")
endif()
