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
    KYC_PRODUCT_NAME="${KYC_PRODUCT_NAME}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(kyc_project_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
        -Wcast-align -Wformat=2 -Wimplicit-fallthrough)
    if(KYC_WERROR)
        target_compile_options(kyc_project_options INTERFACE -Werror)
    endif()
    if(KYC_SANITIZE)
        target_compile_options(kyc_project_options INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(kyc_project_options INTERFACE -fsanitize=address,undefined)
    endif()
endif()
