# tessera_options: warnings and Qt defines shared by every target (qBittorrent CommonConfig style).
add_library(tessera_options INTERFACE)
target_compile_options(tessera_options INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual -Wshadow
    $<$<BOOL:${TESSERA_WERROR}>:-Werror>)
target_compile_definitions(tessera_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    TESSERA_VERSION="${PROJECT_VERSION}")
if(TESSERA_SANITIZERS)
    list(JOIN TESSERA_SANITIZERS "," _tessera_san)
    target_compile_options(tessera_options INTERFACE -fsanitize=${_tessera_san} -fno-omit-frame-pointer)
    target_link_options(tessera_options INTERFACE -fsanitize=${_tessera_san})
endif()
# TESSERA_FUZZ (tests/fuzz, README "Fuzzing"): every target gets libFuzzer's coverage instrumentation
# without its main() (fuzzer-no-link), AddressSanitizer and UndefinedBehaviorSanitizer; the harness
# executables add -fsanitize=fuzzer at link time. UBSan stays recoverable (clang's default, spelled out):
# only recoverable checks honour a suppressions file, and run.sh makes every report fatal with
# UBSAN_OPTIONS=halt_on_error=1, so Qt's inline header code can be suppressed without losing ours.
if(TESSERA_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "TESSERA_FUZZ=ON needs clang for libFuzzer (cmake --preset fuzz uses clang++-14), "
                            "not ${CMAKE_CXX_COMPILER_ID}")
    endif()
    if(TESSERA_SANITIZERS)
        message(FATAL_ERROR "TESSERA_FUZZ=ON brings its own sanitizers: leave TESSERA_SANITIZERS empty")
    endif()
    target_compile_options(tessera_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fsanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(tessera_options INTERFACE -fsanitize=address,undefined)
endif()
