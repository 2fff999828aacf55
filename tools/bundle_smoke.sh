#!/usr/bin/env bash
# Smoke test of the self-contained bundle (`make bundle`), as someone who just unpacked it:
#   - the command line works: --version, demo, an action plan exported to PDF with every font
#     embedded (pdffonts), a report in Polish;
#   - the window opens on an X display (Xvfb), with Truce's icon, and a second start on the same
#     database brings it forward instead of opening another.
# Usage: tools/bundle_smoke.sh [bundle/truce/truce] [screenshot.png]
# Needs xvfb-run, xdotool, xprop and pdffonts (Debian: xvfb xdotool x11-utils poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
program=$(realpath "${1:-bundle/truce/truce}")
shot=${2:-bundle/smoke.png}
[ -x "$program" ] || { echo "No bundle at $program: run make bundle first." >&2; exit 1; }
for tool in xvfb-run xdotool xprop pdffonts; do
	command -v "$tool" >/dev/null || { echo "bundle_smoke: $tool is missing" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Nothing from a checkout or a virtual environment may help the bundle along.
export TRUCE_HOME="$work/home" XDG_DATA_HOME="$work/share" PYTHONPATH= PYTHONHOME=
unset TRUCE_DB VIRTUAL_ENV QT_QPA_PLATFORM QT_PLUGIN_PATH
cd "$work"
fail() { echo "bundle_smoke: FAILED: $*" >&2; exit 1; }

"$program" --version | grep -q '^Truce ' || fail "--version"
"$program" demo | grep -q 'Created the demo session' || fail "demo"
"$program" demo --language pl >/dev/null || fail "demo --language pl"
session=$("$program" list --search Brightwater | awk 'NR == 1 { print $1 }')
"$program" export "$session" --format pdf --document action-plan -o plan.pdf | grep -q Wrote ||
	fail "export the action plan"
fonts=$(pdffonts plan.pdf | tail -n +3)
[ -n "$fonts" ] || fail "the action plan has no fonts"
# Columns: name type encoding emb sub uni object ID; every font embedded.
echo "$fonts" | awk '$(NF-4) != "yes" { bad = 1 } END { exit bad }' || fail "a font is not embedded: $fonts"
polish=$("$program" list | grep -F 'Polska' | awk '{ print $1 }')
"$program" export "$polish" --format pdf --document report -o raport.pdf >/dev/null ||
	fail "export a Polish report"
pdffonts raport.pdf | tail -n +3 | awk '$(NF-4) != "yes" { bad = 1 } END { exit bad }' ||
	fail "a font of the Polish report is not embedded"
echo "command line: ok (action plan fonts: $(echo "$fonts" | awk '{ print $1 }' | tr '\n' ' '))"

cat >"$work/window.sh" <<EOF
set -euo pipefail
"$program" >"$work/first.log" 2>&1 &
first=\$!
wid=\$(timeout 60 xdotool search --sync --onlyvisible --name '^Truce' | head -1)
[ -n "\$wid" ] || { echo "no window"; exit 1; }
# The window's properties follow its mapping by a moment: asked for up to ten seconds.
has() { for _ in \$(seq 40); do xprop -id "\$wid" "\$1" | grep -q "\$2" && return 0; sleep 0.25; done; return 1; }
has WM_CLASS '"Truce"' || { echo "WM_CLASS is not Truce"; exit 1; }
has _NET_WM_ICON 'Icon (128 x 128)' || { echo "no 128 px icon"; exit 1; }
import -window root "$work/shot.png" 2>/dev/null || true
"$program" | grep -q 'already open' || { echo "a second start opened another window"; exit 1; }
kill -0 "\$first" || { echo "the window closed"; exit 1; }
kill "\$first"
wait "\$first" || true
EOF
xvfb-run -a -s '-screen 0 1600x1000x24' bash "$work/window.sh" || {
	cat "$work/first.log" >&2
	fail "the window"
}
if [ -f "$work/shot.png" ]; then
	cp "$work/shot.png" "$OLDPWD/$shot" 2>/dev/null || cp "$work/shot.png" "$shot"
fi
echo "window: ok (X11, WM_CLASS Truce, icons 16 to 128 px, single instance)"
echo "bundle_smoke: passed"
