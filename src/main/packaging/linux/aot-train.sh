#!/usr/bin/env bash
# The AOT training run (JDK 25+): starts an app image's launcher once under Xvfb on a throw-away
# data folder, waits until its window is mapped and the first screen has had time to fill, then
# stops it with SIGTERM. The JVM writes the AOT cache on the way out (-XX:AOTCacheOutput).
#
#   aot-train.sh LAUNCHER WINDOW_TITLE CACHE_FILE [KEYS [JOURNAL]]
#
# KEYS, when given, are pressed in the window once the first screen has filled (xdotool's names,
# e.g. "ctrl+n"), and the run settles again before it stops: the screens they open are then in
# the cache too, instead of being loaded and verified class by class when first shown.
# JOURNAL, when given, is a JSON export imported into the data folder first (LAUNCHER import json),
# so the screens are trained with rows, stages and figures in them, not only their empty states.
# The launcher's own options (lib/app/*.cfg) must already be final: a cache is used only by a JVM
# started with the same options. Exit 0 when CACHE_FILE was written; 3 when Xvfb or xdotool is
# missing (the build then goes on without a cache); 1 on any other failure.
# Used by src/main/packaging/package.xml and by the start-up benchmark for its floor image.
set -euo pipefail

launcher="$1"
title="$2"
cache="$3"
keys="${4:-}"
journal="${5:-}"
settle_seconds="${ONWARD_AOT_SETTLE:-3}"

if [ -z "${ONWARD_AOT_INNER:-}" ]; then
    for tool in xvfb-run xdotool; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "aot-train: $tool not found (Debian: apt-get install xvfb xdotool); no AOT cache made." >&2
            exit 3
        fi
    done
    ONWARD_AOT_INNER=1 exec xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" bash "$0" "$@"
fi

data="$(mktemp -d)"
log="$data.log"
rm -f "$cache"
trap 'status=$?; rm -rf "$data" "$log"; if [ "$status" -ne 0 ]; then rm -f "$cache"; fi' EXIT

if [ -n "$journal" ] && ! "$launcher" import json "$journal" --data-dir "$data" >"$log" 2>&1; then
    echo "aot-train: could not import $journal; its output:" >&2
    cat "$log" >&2
    exit 1
fi

JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$cache" "$launcher" --data-dir "$data" >"$log" 2>&1 &
pid=$!

# up to 60 s for the window: a loaded build machine can be slow
for _ in $(seq 1 600); do
    if window="$(xdotool search --onlyvisible --name "^${title}\$" 2>/dev/null | head -n 1)" && [ -n "$window" ]; then
        sleep "$settle_seconds"
        if [ -n "$keys" ]; then
            xdotool windowfocus --sync "$window" key --clearmodifiers $keys || echo "aot-train: could not press $keys" >&2
            sleep "$settle_seconds"
        fi
        kill -TERM "$pid"
        wait "$pid" || true
        if [ -s "$cache" ]; then
            echo "aot-train: wrote $cache ($(du -h "$cache" | cut -f1))"
            exit 0
        fi
        echo "aot-train: the run ended without writing $cache; its output:" >&2
        cat "$log" >&2
        exit 1
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "aot-train: $launcher ended before showing a window; its output:" >&2
        cat "$log" >&2
        exit 1
    fi
    sleep 0.1
done
kill -TERM "$pid" 2>/dev/null || true
wait "$pid" || true
echo "aot-train: no window titled '$title' within 60 s" >&2
exit 1
