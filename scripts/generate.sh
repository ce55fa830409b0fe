#!/usr/bin/env bash
# Render openapi/interop.yaml into a package folder with openapi-python-client.
#   scripts/generate.sh DEST   (DEST is replaced whole; make generate passes the package's _generated/)
# Deterministic: same spec + config + templates + pinned generator => same bytes.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PATH="$root/.venv/bin:$PATH"
openapi-python-client generate \
  --path "$root/openapi/interop.yaml" \
  --config "$root/generator-config.yaml" \
  --custom-template-path "$root/custom" \
  --meta none \
  --fail-on-warning \
  --output-path "$work/_generated" >/dev/null
rm -rf "$work/_generated/.ruff_cache"
rm -rf "$dest"
mkdir -p "$(dirname "$dest")"
cp -r "$work/_generated" "$dest"
