# SPDX-License-Identifier: GPL-3.0-or-later
# One place for compile options: every Castnet target links castnet_options.
add_library(castnet_options INTERFACE)
target_compile_features(castnet_options INTERFACE cxx_std_20)
set_target_properties(castnet_options PROPERTIES INTERFACE_CXX_EXTENSIONS OFF)
target_compile_options(castnet_options INTERFACE
    -Wall -Wextra -pedantic -Wold-style-cast -Wnon-virtual-dtor)
target_compile_definitions(castnet_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)

if(CASTNET_SANITIZE)
    target_compile_options(castnet_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(castnet_options INTERFACE -fsanitize=address,undefined)
endif()

# Fuzzing instruments every Castnet target for coverage and the sanitizers;
# only the fuzz programs themselves link libFuzzer's main().
if(CASTNET_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "CASTNET_FUZZ needs clang (CXX=clang++)")
    endif()
    target_compile_options(castnet_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(castnet_options INTERFACE -fsanitize=address,undefined)
endif()
