# ctest: no file of the GUI or the command line includes a store header, not even by a
# relative path around the per-layer include roots (cmake -DROOT=<source dir> -P ...).
file(GLOB_RECURSE files ${ROOT}/src/gui/*.h ${ROOT}/src/gui/*.cpp ${ROOT}/src/app/*.h ${ROOT}/src/app/*.cpp)
set(found "")
foreach(file IN LISTS files)
    file(STRINGS ${file} lines REGEX "#[ \t]*include[ \t]*[\"<][./]*(src/)?store/")
    if(lines)
        list(APPEND found "${file}: ${lines}")
    endif()
endforeach()
if(found)
    list(JOIN found "\n" text)
    message(FATAL_ERROR "Store headers included above the services layer:\n${text}")
endif()
