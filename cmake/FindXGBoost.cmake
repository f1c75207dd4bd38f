# FindXGBoost: the XGBoost C API (Debian libxgboost-dev), as the imported target xgboost::xgboost.
#
# Why a Find module: the package's own xgboost-config.cmake references /usr/bin/xgboost (the separate
# `xgboost` CLI package) and fails without it, and xgboost.pc carries a wrong libdir (PLATFORM_NOTES).
# Debian names the library file libxgboost.so.1.6.0 (with a libxgboost.so dev symlink), so the search
# also accepts the versioned file.
#
# Result variables: XGBoost_FOUND, XGBoost_INCLUDE_DIR, XGBoost_LIBRARY, XGBoost_VERSION.
find_path(XGBoost_INCLUDE_DIR NAMES xgboost/c_api.h)
find_library(XGBoost_LIBRARY NAMES xgboost libxgboost.so.1.6.0 libxgboost.so.0)
if(NOT XGBoost_LIBRARY)
    file(GLOB _xgboost_candidates /usr/lib/*/libxgboost.so* /usr/lib/libxgboost.so* /usr/local/lib/libxgboost.so*)
    if(_xgboost_candidates)
        list(GET _xgboost_candidates 0 _xgboost_first)
        set(XGBoost_LIBRARY "${_xgboost_first}" CACHE FILEPATH "XGBoost shared library" FORCE)
    endif()
endif()

if(XGBoost_INCLUDE_DIR AND EXISTS "${XGBoost_INCLUDE_DIR}/xgboost/version_config.h")
    file(STRINGS "${XGBoost_INCLUDE_DIR}/xgboost/version_config.h" _xgboost_version_lines
        REGEX "#define XGBOOST_VER_(MAJOR|MINOR|PATCH)")
    foreach(_part MAJOR MINOR PATCH)
        string(REGEX REPLACE ".*XGBOOST_VER_${_part} ([0-9]+).*" "\\1" _xgboost_${_part} "${_xgboost_version_lines}")
    endforeach()
    set(XGBoost_VERSION "${_xgboost_MAJOR}.${_xgboost_MINOR}.${_xgboost_PATCH}")
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(XGBoost
    REQUIRED_VARS XGBoost_LIBRARY XGBoost_INCLUDE_DIR
    VERSION_VAR XGBoost_VERSION)

if(XGBoost_FOUND AND NOT TARGET xgboost::xgboost)
    add_library(xgboost::xgboost UNKNOWN IMPORTED)
    set_target_properties(xgboost::xgboost PROPERTIES
        IMPORTED_LOCATION "${XGBoost_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${XGBoost_INCLUDE_DIR}")
endif()
mark_as_advanced(XGBoost_INCLUDE_DIR XGBoost_LIBRARY)
