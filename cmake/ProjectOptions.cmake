# Compiler and Qt settings every target of the project links to (an INTERFACE target, as qBittorrent does).
add_library(kyc_project_options INTERFACE)

target_compile_definitions(kyc_project_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    KYC_VERSION="${PROJECT_VERSION}"
    KYC_PRODUCT_NAME="${KYC_PRODUCT_NAME}"
    KYC_APP_ID="${KYC_APP_ID}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(kyc_project_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
        -Wcast-align -Wformat=2 -Wimplicit-fallthrough)
    if(KYC_WERROR)
        target_compile_options(kyc_project_options INTERFACE -Werror)
    endif()
    if(KYC_FUZZ)
        # Everything is instrumented for libFuzzer's coverage; only the fuzz targets link its main().
        target_compile_options(kyc_project_options INTERFACE
            -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(kyc_project_options INTERFACE -fsanitize=address,undefined)
    elseif(KYC_SANITIZE)
        target_compile_options(kyc_project_options INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(kyc_project_options INTERFACE -fsanitize=address,undefined)
    endif()
endif()

# Release builds are hardened (the packages are built this way): stack protector, _FORTIFY_SOURCE, full
# RELRO with immediate binding, position-independent executables; and they switch core dumps off at
# start-up (kyc::Bootstrap), as a dump would hold the secrets and tokens in memory.
set(kyc_release "$<CONFIG:Release,RelWithDebInfo,MinSizeRel>")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    include(CheckPIESupported)
    check_pie_supported()
    set(CMAKE_POSITION_INDEPENDENT_CODE ON)
    target_compile_options(kyc_project_options INTERFACE
        $<${kyc_release}:-fstack-protector-strong -fstack-clash-protection -U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2>)
    target_link_options(kyc_project_options INTERFACE
        $<${kyc_release}:-Wl,-z,relro -Wl,-z,now -Wl,--as-needed>)
endif()
target_compile_definitions(kyc_project_options INTERFACE $<${kyc_release}:KYC_NO_CORE_DUMPS>)
