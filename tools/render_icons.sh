#!/usr/bin/env bash
# Renders the application icon (resources/icons/truce.svg; truce-small.svg for 16 and 24 px) into
# the PNG sizes a desktop asks for, in the freedesktop hicolor layout that `truce install-desktop`
# copies as it is (with truce.svg itself as the scalable size). The PNGs are committed, so neither
# Truce nor its installer needs an SVG renderer. Needs rsvg-convert (Debian: librsvg2-bin). Run it
# after changing either SVG.
set -euo pipefail
cd "$(dirname "$0")/.."
APP_ID=io.github.truce.Truce
for size in 16 24 32 48 64 128 256 512; do
	folder=resources/icons/hicolor/${size}x${size}/apps
	mkdir -p "$folder"
	# 16 and 24 pixels have their own drawing, without outlines and with a bolder tick
	source=resources/icons/truce.svg
	[ "$size" -le 24 ] && source=resources/icons/truce-small.svg
	rsvg-convert --width "$size" --height "$size" "$source" -o "$folder/$APP_ID.png"
done
