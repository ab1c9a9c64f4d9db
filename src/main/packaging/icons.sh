#!/usr/bin/env bash
# Renders Onward's icon from its SVG source into the PNG sizes and the Windows .ico beside it.
# Needs ImageMagick (Debian: apt-get install imagemagick). Run after editing onward.svg:
#   bash src/main/packaging/icons.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../resources/dev/onward/icons"
for size in 16 32 48 64 128 256; do
    convert -background none -density 384 onward.svg -resize "${size}x${size}" -strip "PNG32:onward-${size}.png"
done
convert onward-16.png onward-32.png onward-48.png onward-256.png onward.ico
