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
