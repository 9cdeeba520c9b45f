# Sourced by .ci/run: what the adoption tests (okrs init's workflow, okrs schema) need.
# check-jsonschema validates offline: its built-in schema vendor.github-workflows checks the
# workflow that `okrs init` writes, and it validates OKR front matter against `okrs schema`.
echo "installing check-jsonschema (PyPI)"
python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore 'check-jsonschema==0.39.0'
OKRS_CHECK_JSONSCHEMA="$(command -v check-jsonschema || python3 -c 'import sys, os; print(os.path.join(os.path.dirname(sys.executable), "check-jsonschema"))')"
export OKRS_CHECK_JSONSCHEMA
