# Flags every Dialoog target shares: strict warnings (errors, via
# CMAKE_COMPILE_WARNING_AS_ERROR) and no implicit string conversions, so every
# user-visible string is a deliberate tr() or QStringLiteral.
function(dialoog_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
endfunction()

# Each layer is reached through an include root of its own that holds only that layer
# (<build>/include/<layer>/<layer> -> src/<layer>), made PUBLIC on the layer's library.
# So `#include "store/..."` compiles only in targets that link dialoog_store directly or
# through a PUBLIC link: linking a layer PRIVATE hides its headers from whoever links you.
function(dialoog_layer_includes target layer)
    set(root ${PROJECT_BINARY_DIR}/include/${layer})
    file(MAKE_DIRECTORY ${root})
    file(CREATE_LINK ${PROJECT_SOURCE_DIR}/src/${layer} ${root}/${layer} SYMBOLIC)
    target_include_directories(${target} PUBLIC ${root})
endfunction()
