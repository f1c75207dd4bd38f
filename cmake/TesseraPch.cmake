# Precompiled headers (CMake's target_precompile_headers): the Qt, standard-library and spdlog headers
# nearly every file of a library includes are parsed once per library instead of once per file, which
# was 40-80 % of a file's compile time and most of CI's build minutes. Only headers the library may
# include anyway: core's list has no Widgets or Charts header (the layer rule). TESSERA_PCH=OFF turns it
# off, e.g. to check that every file includes what it uses.
option(TESSERA_PCH "Precompile the common Qt/std headers of each library" ON)

set(TESSERA_PCH_CORE_HEADERS
    <algorithm> <cmath> <functional> <limits> <memory> <mutex> <optional> <vector>
    <QByteArray> <QDate> <QDateTime> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QSet>
    <QString> <QStringList> <QVariant>
    <spdlog/spdlog.h> <tl/expected.hpp>)
set(TESSERA_PCH_UI_HEADERS
    ${TESSERA_PCH_CORE_HEADERS}
    <QComboBox> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QLineSeries> <QLocale> <QPointer>
    <QPushButton> <QValueAxis> <QVBoxLayout> <QWidget> <QtConcurrent>)

function(tessera_precompile target kind)
    if(NOT TESSERA_PCH)
        return()
    endif()
    if(kind STREQUAL "ui")
        target_precompile_headers(${target} PRIVATE ${TESSERA_PCH_UI_HEADERS})
    else()
        target_precompile_headers(${target} PRIVATE ${TESSERA_PCH_CORE_HEADERS})
    endif()
endfunction()
# The test executables have none: Qt6::Test defines QT_TESTCASE_BUILDDIR per directory, so one shared
# header would be refused by GCC (-Winvalid-pch, an error under -Werror) and one per test costs what it saves.
