#!/usr/bin/env bash
# Reproducible builds: builds the published jars (and their sources and javadoc jars) twice from clean
# copies of the working tree and fails if any jar differs by a byte. Tests are skipped; about two
# release builds' time. Extra arguments go to Maven (e.g. -o to build offline).
# Usage: scripts/check-reproducible.sh [maven arguments]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

build() {
  local dir="$work/$1"
  mkdir -p "$dir"
  # The tracked files as they are now (committed or not), without any build output.
  (cd "$root" && git ls-files -z --cached --others --exclude-standard \
      | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done \
      | xargs -0 cp --parents -t "$dir")
  if ! (cd "$dir" && mvn -B -P release -Dgpg.skip -DskipTests -Dcyclonedx.skip "${@:2}" verify >"$work/$1.log" 2>&1); then
    tail -n 40 "$work/$1.log" >&2
    echo "build $1 failed" >&2
    exit 1
  fi
  (cd "$dir" && find . -path '*/target/*.jar' -not -path './examples/*' -not -path './benchmarks/*' \
      -exec sha256sum {} + | sort -k2) > "$work/$1.sums"
}

build first "$@"
build second "$@"
count=$(wc -l < "$work/first.sums")
if [ "$count" -eq 0 ]; then
  echo "no jars were built" >&2
  exit 1
fi
if diff "$work/first.sums" "$work/second.sums"; then
  echo "reproducible: $count jars identical in two clean builds"
  cat "$work/first.sums"
else
  echo "NOT reproducible: the jars above differ between two clean builds" >&2
  exit 1
fi
