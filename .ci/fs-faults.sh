#!/usr/bin/env bash
# -o against a real file system in trouble: full (a 64 KiB tmpfs, and one out of inodes), read-only
# (a tmpfs remounted ro), and permission bits (as an unprivileged user, since root ignores them).
# Each must give exit 1, one line on stderr naming the file, nothing on stdout, the old file
# intact and no temporary file left. The mounts need root with CAP_SYS_ADMIN, the permission
# checks root (to become nobody); without them each check says it skips.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd -P)"
sample="$root/samples/daily-papers-apr23.txt" # about 240 KB as json: more than the small tmpfs holds
work="$(mktemp -d "${TMPDIR:-/tmp}/digest-fs-faults.XXXXXX")"
mnt="$work/mnt"
mkdir -p "$mnt"
cleanup() {
  if mountpoint -q "$mnt"; then umount "$mnt"; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "fs-faults: FAIL: $*" >&2; exit 1; }
skip() { echo "fs-faults: skip: $*"; }

# The launcher builds a stale jar on first use; do that here, not in a check.
"$root/digest" --version >/dev/null
digest=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -jar "$root/target/digest.jar")

# expect_failure WHAT MENTIONS DIR COMMAND...: the run fails as promised; DIR/out.json held "precious".
expect_failure() {
  local what="$1" mentions="$2" dir="$3" code
  shift 3
  set +e
  "$@" >"$work/stdout" 2>"$work/stderr"
  code=$?
  set -e
  [ "$code" = 1 ] || fail "$what: exit $code, not 1 (stderr: $(cat "$work/stderr"))"
  [ "$(wc -l <"$work/stderr")" = 1 ] || fail "$what: stderr is not one line: $(cat "$work/stderr")"
  grep -q "^digest: error: cannot write $dir/out.json: .*$mentions" "$work/stderr" ||
    fail "$what: unexpected message: $(cat "$work/stderr")"
  [ ! -s "$work/stdout" ] || fail "$what: output on stdout"
  [ "$(cat "$dir/out.json")" = precious ] || fail "$what: the old out.json changed"
  if ls -A "$dir" | grep -q 'digest-partial'; then fail "$what: a temporary file was left: $(ls -A "$dir")"; fi
  echo "fs-faults: ok: $what: $(cat "$work/stderr")"
}

if mount -t tmpfs -o size=64k tmpfs "$mnt" 2>/dev/null; then
  echo precious >"$mnt/out.json"
  for format in json jsonl bibtex; do
    expect_failure "full file system (-f $format)" "No space left on device" "$mnt" \
      "${digest[@]}" convert -f "$format" -o "$mnt/out.json" "$sample"
  done
  umount "$mnt"

  # --append on a full disk: the copy of the old bytes and the new records do not fit; the old
  # file stays byte for byte (its bytes compared, its records never half-written).
  mount -t tmpfs -o size=64k tmpfs "$mnt"
  for format in jsonl bibtex csv; do
    case "$format" in
      jsonl) old='{"key":"kept","title":"Kept","abstract":"An old record."}' ;;
      bibtex) old=$'@misc{kept,\n  title = {Kept}\n}' ;;
      csv) old=$'key,title,abstract,urls,date,source,line,authors,arxiv,published\r\nkept,Kept,An old record.,,,x,1,,,' ;;
    esac
    printf '%s' "$old" >"$mnt/library"
    cp "$mnt/library" "$work/library.before"
    set +e
    "${digest[@]}" convert --append -f "$format" -o "$mnt/library" "$sample" >"$work/stdout" 2>"$work/stderr"
    code=$?
    set -e
    [ "$code" = 1 ] || fail "full file system (--append -f $format): exit $code, not 1 ($(cat "$work/stderr"))"
    grep -q "^digest: error: cannot write $mnt/library: No space left on device" "$work/stderr" ||
      fail "full file system (--append -f $format): unexpected message: $(cat "$work/stderr")"
    cmp -s "$mnt/library" "$work/library.before" || fail "full file system (--append -f $format): the library changed"
    if ls -A "$mnt" | grep -q 'digest-partial'; then fail "--append -f $format: a temporary file was left: $(ls -A "$mnt")"; fi
    echo "fs-faults: ok: full file system (--append -f $format): $(cat "$work/stderr")"
  done
  umount "$mnt"

  # A SQLite library on a full disk: the run's transaction cannot grow its journal, so it rolls
  # back; the library's rows are as they were (read with sqlite3, which CI installs).
  if command -v sqlite3 >/dev/null; then
    mount -t tmpfs -o size=1m tmpfs "$mnt"
    "${digest[@]}" convert -o "$mnt/library.db" "$root/samples/papers-compact-1.txt" 2>"$work/stderr" ||
      fail "a library on a 1 MiB tmpfs could not be made: $(cat "$work/stderr")"
    rows_before="$(sqlite3 "$mnt/library.db" 'select count(*), group_concat(key) from papers')"
    dd if=/dev/zero of="$mnt/filler" bs=4k 2>/dev/null || true # fill what is left
    set +e
    "${digest[@]}" convert -o "$mnt/library.db" "$sample" >"$work/stdout" 2>"$work/stderr"
    code=$?
    set -e
    rm -f "$mnt/filler"
    [ "$code" = 1 ] || fail "full file system (library): exit $code, not 1 ($(cat "$work/stderr"))"
    [ "$(wc -l <"$work/stderr")" = 1 ] || fail "full file system (library): stderr is not one line: $(cat "$work/stderr")"
    grep -q "library.db: error: " "$work/stderr" || fail "full file system (library): unexpected message: $(cat "$work/stderr")"
    [ "$(sqlite3 "$mnt/library.db" 'select count(*), group_concat(key) from papers')" = "$rows_before" ] ||
      fail "full file system (library): the rows changed"
    [ "$(sqlite3 "$mnt/library.db" "insert into papers_fts(papers_fts) values('integrity-check'); select 'ok'")" = ok ] ||
      fail "full file system (library): the full-text index no longer matches the rows"
    echo "fs-faults: ok: full file system (library): $(cat "$work/stderr")"
    umount "$mnt"
  else
    skip "sqlite3 is missing: the library on a full file system is not checked"
  fi

  # No inode left for the temporary file: the failure comes before a byte is written.
  mount -t tmpfs -o size=1m,nr_inodes=2 tmpfs "$mnt"
  echo precious >"$mnt/out.json"
  expect_failure "no inode left" "No space left on device" "$mnt" "${digest[@]}" convert -o "$mnt/out.json" "$sample"
  umount "$mnt"

  mount -t tmpfs -o size=1m tmpfs "$mnt"
  echo precious >"$mnt/out.json"
  mount -o remount,ro "$mnt"
  expect_failure "read-only file system" "Read-only file system" "$mnt" "${digest[@]}" convert -o "$mnt/out.json" "$sample"
  umount "$mnt"
else
  skip "cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN): full and read-only file systems not checked"
fi

if [ "$(id -u)" = 0 ] && id nobody >/dev/null 2>&1 && runuser -u nobody -- test -r "$root/target/digest.jar"; then
  locked="$work/locked"
  mkdir "$locked"
  echo precious >"$locked/out.json"
  chmod 755 "$work"
  chown nobody "$locked/out.json"
  chmod 555 "$locked"
  expect_failure "folder without write permission" "permission denied" "$locked" \
    runuser -u nobody -- "${digest[@]}" convert -o "$locked/out.json" "$sample"

  protected="$work/protected"
  mkdir "$protected"
  echo precious >"$protected/out.json"
  chmod 444 "$protected/out.json"
  chown -R nobody "$protected"
  expect_failure "write-protected file" "write-protected" "$protected" \
    runuser -u nobody -- "${digest[@]}" convert -o "$protected/out.json" "$sample"
else
  skip "not root, or no user nobody who can read the jar: permission bits not checked"
fi
echo "fs-faults: all checks passed"
