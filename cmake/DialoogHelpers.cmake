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
