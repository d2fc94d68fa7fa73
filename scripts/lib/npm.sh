# Sourced by ./lab and .ci/run: installs the pinned npm packages (local engines, policy pack,
# @pulumi/aws schema) when node_modules is missing or older than the lock file.
lab_ensure_npm() {
  local root="$1"
  if [ ! -f "$root/node_modules/.package-lock.json" ] || [ "$root/package-lock.json" -nt "$root/node_modules/.package-lock.json" ]; then
    echo "lab: installing pinned npm packages (npm ci --ignore-scripts)" >&2
    (cd "$root" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2)
  fi
}
