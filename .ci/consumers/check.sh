#!/usr/bin/env bash
# Proves digest's outputs with the programs people import them into: bibtex with plain.bst and with
# a sentence-casing style, LaTeX with shell escape enabled (latex-hostile.sh), biber, pandoc (its
# BibTeX reader and its citeproc), Zotero's BibTeX reader (@retorquere/bibtex-parser), citation-js's
# RIS reader, and Python's csv module.
#
#   .ci/consumers/check.sh DIGEST INPUT...
#
# DIGEST is run as `DIGEST convert -f FORMAT INPUT` (./digest, or fixtures/fake-digest). Each INPUT
# is converted to jsonl, the reference, and to bibtex, ris, csljson and csv; each consumer's reading
# is compared with the jsonl records. After the INPUTs named, the hostile digest
# fixtures/hostile.txt (TeX commands, ^^ notation, category codes, comments and unbalanced braces
# in titles, abstracts and links) is checked too, unless it is named or DIGEST_HOSTILE names
# another file instead, or none (DIGEST_HOSTILE= , as self-test.sh's broken cases run).
# One line per check (ok, FAIL or skip), then a closing line
# "consumers: N passed, N failed, N skipped"; exit 1 when a check failed.
# A missing tool is a failure when CI=true, and a skip otherwise (install.sh installs them all).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd -P)"

if [ "$#" -lt 2 ]; then
  echo "usage: $0 DIGEST INPUT..." >&2
  exit 2
fi
digest="$1"
shift
inputs=("$@")
hostile="${DIGEST_HOSTILE-$here/fixtures/hostile.txt}"
if [ -n "$hostile" ]; then
  # Named as from the current folder when it is under it, as the other inputs usually are.
  case "$hostile" in "$PWD"/*) hostile="${hostile#"$PWD"/}" ;; esac
  named=0
  for input in "$@"; do
    [ "$input" != "$hostile" ] || named=1
  done
  [ "$named" -eq 1 ] || inputs+=("$hostile")
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/digest-consumers.XXXXXX")"
trap 'rm -rf "$work"' EXIT

passed=0 failed=0 skipped=0
ok() { # CHECK INPUT DETAIL
  echo "ok  $1  $2  $3"
  passed=$((passed + 1))
}
fail() { # CHECK INPUT DETAIL [FILE whose first lines explain]
  echo "FAIL  $1  $2  $3"
  if [ -n "${4:-}" ] && [ -s "$4" ]; then
    head -n 12 "$4" | cut -c 1-300 | sed 's/^/    /'
    local more
    more=$(($(wc -l <"$4") - 12))
    [ "$more" -le 0 ] || echo "    ... and $more more lines"
  fi
  failed=$((failed + 1))
}

# Which consumers this machine has; a missing one is reported once, not once per input.
have() { # NAME: 0 when that consumer can run
  case "$1" in
    bibtex) command -v bibtex >/dev/null 2>&1 && kpsewhich plain.bst >/dev/null 2>&1 ;;
    latex) command -v latex >/dev/null 2>&1 && kpsewhich article.cls url.sty t1enc.def ecrm1000.tfm ectt1000.tfm >/dev/null 2>&1 ;;
    biber) command -v biber >/dev/null 2>&1 ;;
    pandoc) command -v pandoc >/dev/null 2>&1 && command -v perl >/dev/null 2>&1 ;;
    node) command -v node >/dev/null 2>&1 ;;
    citation-js) have node && [ -f "$here/ris-reader/node_modules/@citation-js/plugin-ris/package.json" ] ;;
    bibtex-parser) have node && [ -f "$here/bib-reader/node_modules/@retorquere/bibtex-parser/package.json" ] ;;
    python3) command -v python3 >/dev/null 2>&1 ;;
  esac
}
declare -A missing_told=()
usable() { # CHECK INPUT TOOL...: 0 when every TOOL is there; otherwise a skip (or, in CI, a failure)
  local check="$1" input="$2" tool
  shift 2
  for tool in "$@"; do
    have "$tool" && continue
    if [ "${CI:-}" = true ]; then
      fail "$check" "$input" "$tool not installed (run .ci/consumers/install.sh)"
    else
      if [ -z "${missing_told[$tool]:-}" ]; then
        echo "skip: $tool not installed (run .ci/consumers/install.sh)"
        missing_told[$tool]=1
      fi
      skipped=$((skipped + 1))
    fi
    return 1
  done
}

# A consumer that hangs must not eat CI's time: each run gets five minutes.
run() { timeout 300 "$@"; }

# pandoc's LaTeX reader does not know some standard text commands that spell a character which a
# .bib file cannot hold literally (a lone brace would unbalance the entry) and drops them silently.
# They are rewritten, for pandoc only, into spellings it knows; every other command is left alone.
# The tokens are matched left to right, so "\textbackslash{}textbraceleft" stays text.
for_pandoc() {
  perl -pe '
    BEGIN {
      %t = (textbraceleft => "\\{", textbraceright => "\\}", textunderscore => "\\_",
            textdollar => "\\\$", textbar => "|", textquotedbl => "\"",
            textquotesingle => "\x27", textasciigrave => "`");
    }
    s{(\\([A-Za-z]+)(?:\{\}| ?)|\\.)}{defined $2 && exists $t{$2} ? $t{$2} : $1}ge;
  ' "$1"
}

count_records() { grep -c . "$1" || true; }

# Compares what a consumer read with the input's records (compare.js MODE): 0 when they agree;
# otherwise a failure of the current check, with compare.js's first lines.
same_as_records() { # NAME MODE FILE...
  local name="$1" mode="$2"
  shift 2
  node "$here/compare.js" "$mode" "$d/out.jsonl" "$@" >"$d/$name.diff" 2>&1 && return 0
  fail "$check" "$input" "$(grep -c . "$d/$name.diff") difference(s)" "$d/$name.diff"
  return 1
}

# Converts $input to FORMAT into FILE once per input; a check that needs it and finds the
# conversion failed fails with digest's own message.
declare -A converted=()
convert() { # FORMAT FILE CHECK: 0 when digest wrote FILE
  if [ -z "${converted[$1]:-}" ]; then
    converted[$1]=failed
    if "$digest" convert -f "$1" "$input" >"$2" 2>"$2.err"; then
      converted[$1]=ok
    fi
  fi
  [ "${converted[$1]}" = ok ] && return 0
  fail "$3" "$input" "digest convert -f $1 failed" "$2.err"
  return 1
}

i=0
for input in "${inputs[@]}"; do
  i=$((i + 1))
  d="$work/$i"
  mkdir -p "$d"
  converted=()

  # The reference: digest's own records. Without them nothing can be compared.
  if ! "$digest" convert -f jsonl "$input" >"$d/out.jsonl" 2>"$d/jsonl.err"; then
    fail "convert -f jsonl" "$input" "digest failed" "$d/jsonl.err"
    continue
  fi
  n="$(count_records "$d/out.jsonl")"

  # bibtex with plain.bst: the classic toolchain. An .aux that cites every entry; bibtex must exit 0
  # and its log hold no warning or error (bibtex 0.99d exits 0 after warnings, so the log is read),
  # and the .bbl must have one \bibitem a record.
  check="bibtex plain.bst"
  if usable "$check" "$input" bibtex && convert bibtex "$d/refs.bib" "$check"; then
    printf '\\citation{*}\n\\bibdata{refs}\n\\bibstyle{plain}\n' >"$d/refs.aux"
    rc=0
    (cd "$d" && run bibtex refs) >"$d/bibtex.out" 2>&1 || rc=$?
    items="$(grep -c '^\\bibitem' "$d/refs.bbl" 2>/dev/null || true)"
    if [ "$rc" -ne 0 ] || grep -qiE 'warning--|error' "$d/refs.blg" 2>/dev/null; then
      # What bibtex said, less its four banner lines: each warning or error with its context.
      grep -vE '^(This is BibTeX|The top-level auxiliary file|The style file|Database file #)' "$d/bibtex.out" >"$d/bibtex.problems" || true
      fail "$check" "$input" "bibtex exit $rc" "$d/bibtex.problems"
    elif [ "${items:-0}" != "$n" ]; then
      fail "$check" "$input" "$n records, ${items:-0} \\bibitem in the .bbl"
    else
      ok "$check" "$input" "$n entries"
    fi
  fi

  # LaTeX with shell escape ENABLED, so that a TeX command that got through would really run:
  # latex-hostile.sh typesets the file with plain.bst and with digest-fields.bst (every field, the
  # abstract included), runs latex, bibtex, latex, latex, and proves that every run exits 0, no
  # command ran, no file but the document's own was read or written, and every field's typeset
  # text, read back out of the DVI file, is the record's.
  check="latex -shell-escape"
  if usable "$check" "$input" latex bibtex python3 && convert bibtex "$d/refs.bib" "$check"; then
    if run bash "$here/latex-hostile.sh" "$d/refs.bib" "$d/out.jsonl" "$d/latex" >"$d/latex.out" 2>&1; then
      ok "$check" "$input" "$n entries: $(tail -n 1 "$d/latex.out")"
    else
      fail "$check" "$input" "$(grep -c '^[a-z]' "$d/latex.out") problem(s)" "$d/latex.out"
    fi
  fi

  # biber, biblatex's backend, in tool mode: parses and checks the file against biblatex's data
  # model and writes it back. @misc's data model asks for a date or year, which a digest does not
  # have (its "Apr 23" is a note): that one warning is expected and ignored; any other WARN or
  # ERROR fails, and the file it writes back must hold every entry.
  check="biber --tool"
  if usable "$check" "$input" biber && convert bibtex "$d/refs.bib" "$check"; then
    rc=0
    (cd "$d" && run biber --tool --validate-datamodel --output-file=biber-out.bib refs.bib) >"$d/biber.out" 2>&1 || rc=$?
    grep -E '^(WARN|ERROR) ' "$d/biber.out" |
      grep -vE "^WARN - Datamodel: Entry '[^']*' \([^)]*\): Missing mandatory field - one of 'date, year' must be defined$" \
        >"$d/biber.problems" || true
    entries="$(grep -c '^@' "$d/biber-out.bib" 2>/dev/null || true)"
    if [ "$rc" -ne 0 ] || [ -s "$d/biber.problems" ]; then
      [ -s "$d/biber.problems" ] || cp "$d/biber.out" "$d/biber.problems"
      fail "$check" "$input" "biber exit $rc" "$d/biber.problems"
    elif [ "${entries:-0}" != "$n" ]; then
      fail "$check" "$input" "$n records, ${entries:-0} entries written back"
    else
      ok "$check" "$input" "$n entries"
    fi
  fi

  # pandoc reads the BibTeX back: every entry, with the record's key, and its title, abstract, note
  # and url equal to the record's title, abstract, date and first link (compare.js says what pandoc
  # changes that no writer can prevent, and is compared loosely for that reason; pandoc sets titles
  # in sentence case, so a title may differ only by ordinary words lowered).
  check="pandoc bibtex"
  if usable "$check" "$input" pandoc node && convert bibtex "$d/refs.bib" "$check"; then
    for_pandoc "$d/refs.bib" >"$d/pandoc.bib"
    if ! run pandoc -f bibtex -t csljson "$d/pandoc.bib" >"$d/pandoc.json" 2>"$d/pandoc.err"; then
      fail "$check" "$input" "pandoc could not read the file" "$d/pandoc.err"
    elif [ -s "$d/pandoc.err" ]; then
      fail "$check" "$input" "pandoc warned" "$d/pandoc.err"
    elif same_as_records pandoc bibtex-pandoc "$d/pandoc.json"; then
      ok "$check" "$input" "$n entries read back"
    fi
  fi

  # Zotero's BibTeX reader, which Better BibTeX imports with, its sentence-casing off: every entry
  # under the record's key, with the record's title, abstract and date as exactly the same text (a
  # tab or line break a space) and the first link as written. A raw < would read as an inverted !.
  check="zotero bibtex"
  if usable "$check" "$input" bibtex-parser && convert bibtex "$d/refs.bib" "$check"; then
    if ! run node "$here/bib-reader/read.mjs" "$d/refs.bib" >"$d/zotero.json" 2>"$d/zotero.err"; then
      fail "$check" "$input" "the parser could not read the file" "$d/zotero.err"
    elif same_as_records zotero bibtex-zotero "$d/zotero.json"; then
      ok "$check" "$input" "$n entries read back as written"
    fi
  fi

  # Titles in sentence case, as plain.bst, APA and every sentence-casing style print them: bibtex
  # with sentence-case.bst writes each title through `"t" change.case$`, and compare.js checks that
  # the words whose capitals carry meaning, and every word digest braced, keep them, and that the
  # other capitalised words are lowered (but where BibTeX keeps them: first, or after a colon).
  check="bibtex sentence case"
  if usable "$check" "$input" bibtex node && convert bibtex "$d/refs.bib" "$check"; then
    mkdir -p "$d/sentence"
    cp "$d/refs.bib" "$here/sentence-case.bst" "$d/sentence/"
    printf '\\citation{*}\n\\bibdata{refs}\n\\bibstyle{sentence-case}\n' >"$d/sentence/refs.aux"
    rc=0
    (cd "$d/sentence" && run bibtex refs) >"$d/sentence.out" 2>&1 || rc=$?
    if [ "$rc" -ne 0 ] || grep -qiE 'warning--|error' "$d/sentence/refs.blg" 2>/dev/null; then
      fail "$check" "$input" "bibtex exit $rc" "$d/sentence.out"
    elif same_as_records sentence sentence-case "$d/refs.bib" "$d/sentence/refs.bbl"; then
      ok "$check" "$input" "$n titles, capitals kept where they carry meaning"
    fi
  fi

  # CSL JSON through pandoc's citeproc, as `pandoc --citeproc --bibliography out.json` renders it:
  # no warning, one rendered entry per record under the record's key, and no date misread as a year.
  check="pandoc citeproc"
  if usable "$check" "$input" pandoc node && convert csljson "$d/out.json" "$check"; then
    printf -- "---\nnocite: '@*'\n---\n" >"$d/cite.md"
    if ! run pandoc --citeproc --bibliography="$d/out.json" -t json "$d/cite.md" >"$d/cite.json" 2>"$d/cite.err"; then
      fail "$check" "$input" "pandoc failed" "$d/cite.err"
    elif [ -s "$d/cite.err" ]; then
      fail "$check" "$input" "pandoc warned" "$d/cite.err"
    elif ! run pandoc -f csljson -t csljson "$d/out.json" >"$d/items.json" 2>"$d/cite.err"; then
      fail "$check" "$input" "pandoc could not read the items" "$d/cite.err"
    elif ! node "$here/compare.js" citeproc "$d/out.jsonl" "$d/cite.json" "$d/items.json" >"$d/cite.diff" 2>&1; then
      fail "$check" "$input" "rendered entries differ from the records" "$d/cite.diff"
    else
      ok "$check" "$input" "$n entries rendered"
    fi
  fi

  # RIS through citation-js: titles, abstracts (line breaks read as spaces), the links in order,
  # the date kept and not misread as a year.
  check="citation-js ris"
  if usable "$check" "$input" citation-js && convert ris "$d/out.ris" "$check"; then
    if ! run node "$here/ris-reader/read.js" "$d/out.ris" >"$d/ris.json" 2>"$d/ris.err"; then
      fail "$check" "$input" "citation-js could not read the file" "$d/ris.err"
    elif same_as_records ris ris "$d/ris.json"; then
      ok "$check" "$input" "$n records"
    fi
  fi

  # CSV through Python's csv module: a second reader besides the Java tests' Commons CSV.
  check="python csv"
  if usable "$check" "$input" python3 && convert csv "$d/out.csv" "$check"; then
    if ! run python3 "$here/csv_read.py" "$d/out.jsonl" "$d/out.csv" >"$d/csv.diff" 2>&1; then
      fail "$check" "$input" "$(grep -c . "$d/csv.diff") difference(s)" "$d/csv.diff"
    else
      ok "$check" "$input" "$n rows"
    fi
  fi
done

echo "consumers: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
