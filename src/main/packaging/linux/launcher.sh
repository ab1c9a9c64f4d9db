#!/bin/bash
# The Linux launcher of an app image built by src/main/packaging/package.xml: it replaces the one
# jpackage writes as bin/NAME. jpackage's launcher asks rpm and then dpkg which package owns it,
# twice, before it starts Java; `dpkg -S` reads the file list of every installed package, which
# cost about 160 ms of each start on the build machine. This one starts the image's own runtime
# at once, with the class path, main class and options jpackage wrote in lib/app/NAME.cfg (NAME
# being this file's name), so jpackage stays the one place they are set.
# See docs/decisions/0043-a-launcher-that-starts-java-at-once.md.

self="$(readlink -f "$0")"
image="${self%/bin/*}"
app="$image/lib/app"
classpath=""
main=""
options=()
while IFS= read -r line || [ -n "$line" ]; do
    line="${line//\$APPDIR/$app}"
    case "$line" in
        app.classpath=*) classpath="${classpath:+$classpath:}${line#app.classpath=}" ;;
        app.mainclass=*) main="${line#app.mainclass=}" ;;
        java-options=*) options+=("${line#java-options=}") ;;
    esac
done < "$app/${self##*/}.cfg"

# Without a GPU device, JavaFX's OpenGL pipeline can only load the software OpenGL renderer (Mesa's
# llvmpipe, about 45 MB) and then refuse it by its own hardware check, and GTK probes OpenGL at
# start as well: go straight to JavaFX's software pipeline then, which it would fall back to
# anyway. ONWARD_GPU_PATHS replaces the paths looked at (for tests). See
# docs/decisions/0047-software-rendering-where-there-is-no-gpu.md.
gpu=no
for device in ${ONWARD_GPU_PATHS:-/dev/dri/card* /dev/dri/renderD* /dev/nvidiactl}; do
    if [ -e "$device" ]; then
        gpu=yes
        break
    fi
done
if [ "$gpu" = no ]; then
    options+=("-Dprism.order=sw")
    export GDK_GL="${GDK_GL:-disable}"
fi

exec "$image/lib/runtime/bin/java" "${options[@]}" -Djpackage.app-path="$self" -cp "$classpath" "$main" "$@"
