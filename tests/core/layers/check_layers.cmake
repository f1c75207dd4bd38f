# Fails when anything under core/ includes Widgets, Charts, GUI-only headers or ui/ (ARCHITECTURE.md:
# "core/ never includes Widgets or Charts"). Run by CTest as tessera_layer_check.
file(GLOB_RECURSE _sources "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp")
set(_violations "")
foreach(_file IN LISTS _sources)
    file(STRINGS "${_file}" _lines REGEX "^[ \t]*#[ \t]*include")
    foreach(_line IN LISTS _lines)
        if(_line MATCHES "[<\"](QtWidgets|QtCharts|QtGui|QWidget|QMainWindow|QApplication|QChart|QDialog|QPainter|ui/)")
            list(APPEND _violations "${_file}: ${_line}")
        endif()
    endforeach()
endforeach()
# The engine target must not link Widgets or Charts either.
if(_violations)
    list(JOIN _violations "\n  " _text)
    message(FATAL_ERROR "core/ reaches into the UI layer:\n  ${_text}")
endif()
message(STATUS "layer check: core/ is free of Widgets, Charts and ui/ includes")
