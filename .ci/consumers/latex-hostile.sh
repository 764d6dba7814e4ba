#!/usr/bin/env bash
# Typesets a .bib file written by digest the way a LaTeX user does, with shell escape ENABLED, and
# proves that no text in it acted as a TeX command: nothing ran, no file was read or written
# besides the document's own, and every field was typeset as the record's literal text.
#
#   .ci/consumers/latex-hostile.sh REFS.bib RECORDS.jsonl DIR
#
# RECORDS.jsonl is digest's jsonl output for the same input (the text each field must show). Two
# documents are typeset in DIR, each in a folder of its own, with `latex -shell-escape`, `bibtex`,
# `latex -shell-escape`, `latex -shell-escape` (-interaction=nonstopmode -halt-on-error -recorder):
# - plain/: \bibliographystyle{plain} in an article, as a user writes it (UTF-8, the default fonts);
# - fields/: digest-fields.bst, which typesets every field (title, abstract, url with \url, note),
#   read with \UseRawInputEncoding and T1 fonts so that dvi_text.py reads each field's text back
#   out of the DVI file byte for byte.
# Asserts, for each: every run exits 0; no file named hostile-marker* (what the hostile fixtures'
# \write18 would touch), and no file at all beyond the document's own, in the folder or in the
# HOME the runs get (an empty folder of DIR, so that a \write18{rm -rf ~} that got through could
# only empty that); no runsystem or runpopen (a shell command or pipe) and no \openout but the
# .aux's in any log; no "(/etc/passwd" in any log; the recorder's list (.fls) of every run: only
# doc.aux, doc.dvi, doc.log written, and only doc.tex, doc.aux, doc.bbl and files of the TeX
# installation (as kpsewhich finds them) read; then dvi_text.py on the DVI (see there).
# Prints the problems, one a line, and exits 1; or prints one line saying what it proved.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd -P)"

if [ "$#" -ne 3 ]; then
  echo "usage: $0 REFS.bib RECORDS.jsonl DIR" >&2
  exit 2
fi
bib="$1" jsonl="$2" dir="$3"
for f in "$bib" "$jsonl"; do
  [ -f "$f" ] || { echo "latex-hostile.sh: no file $f" >&2; exit 2; }
done
mkdir -p "$dir"
dir="$(cd "$dir" && pwd -P)"

problems=0
problem() {
  echo "$*"
  problems=$((problems + 1))
}

# The documents. plain: pdfLaTeX has no font for Greek or CJK letters without packages this check
# does not need, and stops at the first one; here such a character typesets as nothing (its
# letters are not compared), every other one as LaTeX's default UTF-8 set-up has it.
write_doc() { # NAME
  case "$1" in
    plain)
      cat <<'EOF'
\documentclass{article}
\makeatletter
\def\UTFviii@undefined@err#1{}
\makeatother
\begin{document}
\nocite{*}
\bibliographystyle{plain}
\bibliography{refs}
\end{document}
EOF
      ;;
    fields)
      cat <<'EOF'
\UseRawInputEncoding
\documentclass{article}
\usepackage[T1]{fontenc}
\usepackage{url}
\pagestyle{empty}
\raggedright
\hyphenpenalty=10000 \exhyphenpenalty=10000
\renewenvironment{thebibliography}[1]{}{\par}
\renewcommand\bibitem[1]{\par\special{digest-key:#1}}
\newcommand\digestfield[1]{\par\noindent\special{digest-field:#1}}
\begin{document}
\nocite{*}
\bibliographystyle{digest-fields}
\bibliography{refs}
\end{document}
EOF
      ;;
  esac
}

typeset_doc() { # NAME: 0 when every run exited 0 and nothing unsafe happened
  local name="$1" doc="$dir/$1" home="$dir/$1-home" n=0 step rc f before=$problems
  rm -rf "$doc" "$home"
  mkdir -p "$doc" "$home"
  cp "$bib" "$doc/refs.bib"
  local -a expected=(doc.tex refs.bib doc.aux doc.log doc.dvi doc.bbl doc.blg doc.fls)
  if [ "$name" = fields ]; then
    cp "$here/digest-fields.bst" "$doc/"
    expected+=(digest-fields.bst)
  fi
  write_doc "$name" >"$doc/doc.tex"

  for step in latex bibtex latex latex; do
    n=$((n + 1))
    rc=0
    if [ "$step" = latex ]; then
      (cd "$doc" && HOME="$home" timeout 300 latex -shell-escape -recorder -interaction=nonstopmode \
        -halt-on-error doc </dev/null) >"$dir/$name.$n.out" 2>&1 || rc=$?
      # Each run rewrites the log and the recorder's list: keep every run's.
      cp "$doc/doc.log" "$dir/$name.$n.log" 2>/dev/null || true
      cp "$doc/doc.fls" "$dir/$name.$n.fls" 2>/dev/null || true
    else
      (cd "$doc" && HOME="$home" timeout 300 bibtex doc </dev/null) >"$dir/$name.$n.out" 2>&1 || rc=$?
    fi
    if [ "$rc" -ne 0 ]; then
      problem "$name: $step (run $n of 4) exit $rc"
      # TeX's error and its context, or bibtex's last words.
      { grep -A 6 -m 1 '^!' "$dir/$name.$n.out" || tail -n 6 "$dir/$name.$n.out"; } | cut -c 1-200 | sed 's/^/    /'
      break
    fi
  done

  # Whatever happened, what the runs did besides typesetting.
  while IFS= read -r f; do
    problem "$name: ${f#"$dir"/} exists: a command ran or a file was written"
  done < <(find "$doc" "$home" -name 'hostile-marker*')
  for f in "$doc"/* "$doc"/.[!.]*; do
    [ -e "$f" ] || continue
    f="${f##*/}"
    case " ${expected[*]} " in *" $f "*) continue ;; esac
    case "$f" in hostile-marker*) ;; *) problem "$name: a file appeared in the document's folder: $f" ;; esac
  done
  for f in "$home"/* "$home"/.[!.]*; do
    [ -e "$f" ] && problem "$name: a file appeared in HOME: ${f##*/}"
  done
  for f in "$dir/$name".*.log; do
    [ -e "$f" ] || continue
    while IFS= read -r line; do
      problem "$name: a shell command ran: ${line:0:200}"
    done < <(grep -E 'runsystem\(|runpopen\(' "$f" || true)
    while IFS= read -r line; do
      problem "$name: a file was opened for writing: ${line:0:200}"
    done < <(grep '^\\openout' "$f" | grep -vxF '\openout1 = `doc.aux'"'." || true)
    while IFS= read -r line; do
      problem "$name: a file outside the installation was read: ${line:0:200}"
    done < <(grep -o '(/etc/passwd.\{0,60\}' "$f" || true)
  done
  fls_problems "$name"

  [ "$problems" -eq "$before" ]
}

# The recorder's lists: what the latex runs read and wrote.
fls_problems() { # NAME
  local name="$1" line path
  local -a absolute=()
  declare -A known=()
  while IFS= read -r line; do
    path="${line#* }"
    case "$line" in
      OUTPUT\ *)
        case "${path#./}" in
          doc.aux | doc.dvi | doc.log) ;;
          *) problem "$name: latex wrote $path" ;;
        esac
        ;;
      INPUT\ /*) absolute+=("$path") ;;
      INPUT\ *)
        case "${path#./}" in
          doc.tex | doc.aux | doc.bbl) ;;
          *) problem "$name: latex read $path" ;;
        esac
        ;;
    esac
  done < <(cat "$dir/$name".*.fls 2>/dev/null | sort -u)
  [ "${#absolute[@]}" -gt 0 ] || return 0
  # A file of the TeX installation is one that kpathsea finds under its own name.
  while IFS= read -r line; do
    known["$line"]=1
  done < <(for path in "${absolute[@]}"; do basename "$path"; done | sort -u |
    xargs kpsewhich -all -engine=pdftex -progname=latex 2>/dev/null || true)
  for path in "${absolute[@]}"; do
    if [ -z "${known[$path]:-}" ]; then
      problem "$name: latex read $path, which is not a file of the TeX installation"
    fi
  done
}

summary=()
for name in plain fields; do
  if typeset_doc "$name"; then
    mode=plain
    [ "$name" = fields ] && mode=fields
    if python3 "$here/dvi_text.py" "$mode" "$jsonl" "$dir/$name/doc.dvi" >"$dir/$name.text" 2>&1; then
      summary+=("$(tail -n 1 "$dir/$name.text")")
    else
      sed "s/^/$name: /" "$dir/$name.text" | cut -c 1-400
      problems=$((problems + 1))
    fi
  fi
done

[ "$problems" -eq 0 ] || exit 1
echo "nothing ran, nothing read or written but the document's own; ${summary[0]}; ${summary[1]}"
