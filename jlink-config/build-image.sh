#!/usr/bin/env bash
# Builds the workbench's runtime image (jlink) and app image (jpackage), and a .deb when dpkg-deb and fakeroot
# are present. Maven's dist profile (mvn -Pdist package) runs it after copying the jars; see README.md.
#   build-image.sh APP_TARGET_DIR VERSION
# APP_TARGET_DIR is app/target, holding the application jar, dist/lib (run-time jars but JavaFX) and
# dist/javafx (JavaFX's jars). Set RNNWB_DEB=no to skip the .deb.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
TARGET="$(cd "$1" && pwd)"
VERSION="$2"
DIST="$TARGET/dist"
NAME=rnn-workbench

JDK_BIN="${JAVA_HOME:+$JAVA_HOME/bin/}"
JMODS="$(dirname "$(dirname "$(readlink -f "$(command -v "${JDK_BIN}java")")")")/jmods"
if [ ! -d "$JMODS" ]; then
  echo "build-image: no jmods folder at $JMODS; jlink needs the JDK's jmods (Debian: openjdk-17-jmods)" >&2
  exit 1
fi

modules() { sed -e 's/#.*//' -e 's/[[:space:]]//g' "$@" | grep -v '^$' | paste -sd, -; }

# JavaFX ships one jar per module and platform (javafx-graphics-21.0.5-linux.jar) next to an empty jar
# without the classifier; only the platform jars are modules.
fx_path="$(find "$DIST/javafx" -name 'javafx-*-*.jar' ! -name 'javafx-*-[0-9]*[0-9].jar' | sort | paste -sd: -)"
if [ -z "$fx_path" ]; then
  echo "build-image: no JavaFX platform jars in $DIST/javafx" >&2
  exit 1
fi

rm -rf "$DIST/runtime" "$DIST/input" "$DIST/image" "$DIST/deb"
"${JDK_BIN}jlink" --module-path "$JMODS:$fx_path" \
  --add-modules "$(modules "$HERE/jdk-modules.txt" "$HERE/javafx-modules.txt")" \
  --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$DIST/runtime"

# everything in the input folder lands in the image's lib/app: the jars, and the sample projects
mkdir -p "$DIST/input/samples"
cp "$TARGET/rnn-workbench-app-$VERSION.jar" "$DIST/lib/"*.jar "$DIST/input/"
for sample in "$ROOT"/sample-projects/*/; do
  cp -r "$sample" "$DIST/input/samples/"
done

app_version="${VERSION%%-*}"
"${JDK_BIN}jpackage" --type app-image --name "$NAME" --app-version "$app_version" \
  --vendor "RNN Workbench" --description "Build, train and explore recurrent neural networks" \
  --runtime-image "$DIST/runtime" --input "$DIST/input" \
  --main-jar "rnn-workbench-app-$VERSION.jar" --main-class org.rnnworkbench.app.Launcher \
  --java-options '-Drnnworkbench.samples=$APPDIR/samples' \
  --java-options '--add-modules=jdk.incubator.vector' \
  --java-options '-XX:MaxTenuringThreshold=1' --java-options '-Xms512m' --java-options '-Xmn24m' \
  --arguments --sample --arguments character-model \
  --add-launcher "rnnwb=$HERE/rnnwb-launcher.properties" \
  --icon "$ROOT/ui-resources/src/main/resources/org/rnnworkbench/ui/icons/workbench-256.png" \
  --dest "$DIST/image"
echo "build-image: app image $DIST/image/$NAME ($(du -sh "$DIST/image/$NAME" | cut -f1))"

if [ "${RNNWB_DEB:-yes}" != no ] && command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  "${JDK_BIN}jpackage" --type deb --name "$NAME" --app-version "$app_version" \
    --app-image "$DIST/image/$NAME" --linux-shortcut --linux-menu-group Education \
    --linux-app-category science --linux-deb-maintainer "maintainers@rnnworkbench.org" \
    --description "Build, train and explore recurrent neural networks" \
    --linux-package-deps "libgtk-3-0, libgl1" \
    --dest "$DIST/deb"
  echo "build-image: installer $(ls "$DIST"/deb/*.deb) ($(du -sh "$DIST"/deb/*.deb | cut -f1))"
else
  echo "build-image: no .deb (needs dpkg-deb and fakeroot; RNNWB_DEB=${RNNWB_DEB:-yes})"
fi
