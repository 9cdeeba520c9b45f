# Sourced by .ci/run: the tools the site tests need (tests/site_browser.rs). Those tests fail, not
# skip, in CI when a tool is missing.
#   chromium  (Debian package) for the end-to-end browser test, exported as CHROMIUM
#   vnu-jar   (npm package, the Nu HTML checker; Java 17 is on the machine), exported as VNU_JAR
if ! command -v chromium >/dev/null 2>&1; then
  echo "installing chromium"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
export CHROMIUM="$(command -v chromium)"

OKRS_VNU_DIR="${OKRS_VNU_DIR:-/tmp/okrs-vnu}"
VNU_JAR="$OKRS_VNU_DIR/node_modules/vnu-jar/build/dist/vnu.jar"
if [ ! -f "$VNU_JAR" ]; then
  echo "installing vnu-jar into $OKRS_VNU_DIR"
  mkdir -p "$OKRS_VNU_DIR"
  npm install --silent --no-audit --no-fund --prefix "$OKRS_VNU_DIR" vnu-jar >/dev/null
fi
export VNU_JAR
