#!/usr/bin/env bash
# Proves that the consumer checks can fail, and fail for the right reason. check.sh is run through
# fixtures/fake-digest on hand-written outputs:
# - fixtures/good/: every check must pass (check.sh adds the hostile digest, good/hostile.*);
# - each fixtures/broken/CASE/ (a damaged copy of one good file): exactly the checks named in
#   CASE/expect must fail, saying every "> TEXT" line of it, and check.sh must exit non-zero (run without the hostile digest added,
#   unless the damaged file is its own);
# - with bibtex taken off the PATH: a skip outside CI, a failure with CI=true (bibtex plain.bst,
#   latex -shell-escape and bibtex sentence case, which run bibtex too).
# Needs every consumer installed (install.sh); outside CI it says so and stops when one is missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd -P)"
fake="$here/fixtures/fake-digest"
inputs=(hazards.txt excerpt.txt)
work="$(mktemp -d "${TMPDIR:-/tmp}/digest-consumers-self-test.XXXXXX")"
trap 'rm -rf "$work"' EXIT

passed=0 failed=0
ok() { echo "ok  $*"; passed=$((passed + 1)); }
bad() { echo "FAIL  $*"; failed=$((failed + 1)); }
failing_checks() { grep '^FAIL  ' "$1" | awk -F '  ' '{print $2}' | sort -u || true; }

# The good outputs pass every check; a skipped check here means a consumer is missing.
rc=0
"$here/check.sh" "$fake" "${inputs[@]}" >"$work/good.out" 2>&1 || rc=$?
if grep -q '^skip: ' "$work/good.out" && [ "${CI:-}" != true ]; then
  grep '^skip: ' "$work/good.out"
  echo "skip: the self-test needs every consumer (run .ci/consumers/install.sh)"
  exit 0
fi
if [ "$rc" -eq 0 ] && grep -q ' 0 failed, 0 skipped$' "$work/good.out"; then
  ok "good fixtures pass: $(tail -n 1 "$work/good.out")"
else
  bad "good fixtures: check.sh exit $rc"
  sed 's/^/    /' "$work/good.out"
fi

# Each broken variant fails exactly the checks that can see what is wrong with it.
for case in "$here"/fixtures/broken/*/; do
  case="${case%/}"
  name="${case##*/}"
  want="$(grep -v '^[#>]' "$case/expect" | sort -u)"
  # Only the input whose output is damaged: the others are the good run's again.
  damaged=()
  for file in "$case"/*; do
    file="${file##*/}"
    [ "$file" = expect ] || damaged+=("${file%%.*}.txt")
  done
  rc=0
  DIGEST_HOSTILE='' DIGEST_FIXTURES="$case" "$here/check.sh" "$fake" "${damaged[@]}" >"$work/$name.out" 2>&1 || rc=$?
  got="$(failing_checks "$work/$name.out")"
  # "> TEXT" lines: what check.sh must say, so that the checks fail for the reason the case is about.
  unsaid=()
  while IFS= read -r line; do
    grep -qF -- "${line#> }" "$work/$name.out" || unsaid+=("${line#> }")
  done < <(grep '^> ' "$case/expect" || true)
  if [ "$rc" -ne 0 ] && [ "$got" = "$want" ] && [ "${#unsaid[@]}" -eq 0 ]; then
    ok "$name fails $(echo "$want" | paste -sd ',' | sed 's/,/, /g')"
  else
    bad "$name: check.sh exit $rc; expected to fail [$(echo "$want" | paste -sd ',')], failed [$(echo "$got" | paste -sd ',')]"
    for line in "${unsaid[@]}"; do
      echo "    not said: $line"
    done
    sed 's/^/    /' "$work/$name.out"
  fi
done

# A consumer that is not installed: the same PATH, less bibtex.
shadow="$work/bin"
mkdir -p "$shadow"
IFS=: read -ra dirs <<<"$PATH"
for dir in "${dirs[@]}"; do
  for cmd in "$dir"/*; do
    name="${cmd##*/}"
    [ "$name" != bibtex ] && [ -x "$cmd" ] && [ ! -e "$shadow/$name" ] && ln -s "$cmd" "$shadow/$name"
  done
done
rc=0
env -u CI DIGEST_HOSTILE='' PATH="$shadow" "$here/check.sh" "$fake" hazards.txt >"$work/nobibtex.out" 2>&1 || rc=$?
if [ "$rc" -eq 0 ] && grep -qx 'skip: bibtex not installed (run .ci/consumers/install.sh)' "$work/nobibtex.out" &&
  grep -q ' 0 failed, 3 skipped$' "$work/nobibtex.out"; then
  ok "without bibtex, outside CI: three skips (bibtex plain.bst, latex -shell-escape, bibtex sentence case), said once"
else
  bad "without bibtex, outside CI: exit $rc"
  sed 's/^/    /' "$work/nobibtex.out"
fi
rc=0
CI=true DIGEST_HOSTILE='' PATH="$shadow" "$here/check.sh" "$fake" hazards.txt >"$work/nobibtex-ci.out" 2>&1 || rc=$?
if [ "$rc" -ne 0 ] && grep -q '^FAIL  bibtex plain.bst  hazards.txt  bibtex not installed' "$work/nobibtex-ci.out" &&
  grep -q '^FAIL  latex -shell-escape  hazards.txt  bibtex not installed' "$work/nobibtex-ci.out" &&
  grep -q '^FAIL  bibtex sentence case  hazards.txt  bibtex not installed' "$work/nobibtex-ci.out"; then
  ok "without bibtex, with CI=true: failures"
else
  bad "without bibtex, with CI=true: exit $rc"
  sed 's/^/    /' "$work/nobibtex-ci.out"
fi

echo "self-test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
