#!/usr/bin/env bash
# Starts the built app image the way a user would and checks that it works: the window opens on the
# character-model sample and its network loads (the workbench's --smoke-test start exits 0 only then), and the
# command-line launcher writes text with the same sample. Uses the current display, or Xvfb when there is none.
#   smoke-test.sh APP_IMAGE_DIR
set -euo pipefail
IMAGE="$(cd "$1" && pwd)"
HOME_DIR="$(mktemp -d)"
trap 'rm -rf "$HOME_DIR"' EXIT

run_window() {
  JAVA_TOOL_OPTIONS="-Drnnworkbench.home=$HOME_DIR" timeout 300 "$IMAGE/bin/rnn-workbench" \
    --sample character-model --smoke-test
}

if [ -n "${DISPLAY:-}" ]; then
  run_window
elif command -v xvfb-run >/dev/null; then
  # the same script again, now with a display
  xvfb-run -a -s "-screen 0 1440x900x24" bash "${BASH_SOURCE[0]}" "$IMAGE"
  exit $?
else
  echo "smoke-test: no display and no xvfb-run (Debian: xvfb)" >&2
  exit 1
fi

text="$("$IMAGE/bin/rnnwb" generate "$IMAGE/lib/app/samples/character-model" --prime "The " --length 60 --seed 7)"
if [ "${#text}" -lt 60 ]; then
  echo "smoke-test: the command line wrote too little: '$text'" >&2
  exit 1
fi
echo "smoke-test: bin/rnnwb generate wrote: ${text//$'\n'/ }"
echo "smoke-test: passed ($(du -sh "$IMAGE" | cut -f1) image)"
