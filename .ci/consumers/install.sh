#!/usr/bin/env bash
# Installs the programs that check.sh reads digest's outputs with, on Debian (as CI runs it, root):
# - bibtex (Debian's texlive-binaries) and plain.bst (texlive-base): the smallest TeX Live that
#   runs bibtex with a standard style, about 50 s on a bare system;
# - latex, for latex-hostile.sh: texlive-latex-base (the LaTeX format, article.cls, url.sty; 12 MB,
#   and fonts-lmodern, 11 MB, which it depends on); the T1 fonts' metrics (ec) are texlive-base's;
# - biber and pandoc, Debian's own builds;
# - node and python3 when missing (both are usually there already);
# - citation-js's core and RIS plugin, pinned by ris-reader/package-lock.json, and
#   @retorquere/bibtex-parser (Zotero's Better BibTeX reader), pinned by bib-reader/package-lock.json,
#   each with `npm ci`.
# Skips whatever is already there, so running it again costs a second.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd -P)"
start=$SECONDS

need() { command -v "$1" >/dev/null 2>&1; }
pkgs=()
need bibtex || pkgs+=(texlive-binaries)
# plain.bst lives in texlive-base; kpsewhich (texlive-binaries) is how bibtex itself finds it.
{ need kpsewhich && kpsewhich plain.bst >/dev/null 2>&1; } || pkgs+=(texlive-base)
{ need latex && kpsewhich article.cls url.sty >/dev/null 2>&1; } || pkgs+=(texlive-latex-base)
need biber || pkgs+=(biber)
need pandoc || pkgs+=(pandoc)
need node || pkgs+=(nodejs)
need npm || pkgs+=(npm)
need python3 || pkgs+=(python3)
need perl || pkgs+=(perl)

if [ "${#pkgs[@]}" -gt 0 ]; then
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  echo "install.sh: apt-get install ${pkgs[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  # The lock timeout waits out another apt run (an unattended upgrade, a parallel job) instead of failing.
  "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
fi

# The node readers, exactly as locked. npm ci deletes node_modules first, so it runs only when what
# is installed differs from the lock.
installed_as_locked() { # FOLDER
  [ -f "$1/node_modules/.package-lock.json" ] || return 1
  node -e '
    const want = require(process.argv[1]).packages, have = require(process.argv[2]).packages;
    for (const [path, p] of Object.entries(want)) {
      if (path !== "" && (!have[path] || have[path].version !== p.version)) process.exit(1);
    }' "$1/package-lock.json" "$1/node_modules/.package-lock.json"
}
for reader in "$here/ris-reader" "$here/bib-reader"; do
  if ! installed_as_locked "$reader"; then
    echo "install.sh: npm ci in ${reader##*/}"
    (cd "$reader" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done
reader="$here/ris-reader"

# citation-js 0.8 loads an ES module with require(), which node supports from 20.19 on; Debian
# bookworm's own nodejs is 18. Say so here rather than in every check.
if ! printf 'TY  - GEN\r\nTI  - x\r\nER  - \r\n' | node "$reader/read.js" - >/dev/null 2>&1; then
  echo "install.sh: citation-js does not run on node $(node --version); it needs" \
    "$(node -p 'require(process.argv[1]).engines.node' "$reader/node_modules/@citation-js/core/package.json")" >&2
  exit 1
fi

# The BibTeX parser ships as an ES module only (its CommonJS build does not load), which node 20 runs.
if ! printf '@misc{k,\n  title = {x}\n}\n' | node "$here/bib-reader/read.mjs" - >/dev/null 2>&1; then
  echo "install.sh: @retorquere/bibtex-parser does not run on node $(node --version)" >&2
  exit 1
fi

echo "install.sh: ready in $((SECONDS - start)) s: $(bibtex --version | head -n 1); $(latex --version | head -n 1); biber $(biber --version | sed 's/.*version: //'); $(pandoc --version | head -n 1); node $(node --version); citation-js $(node -p 'require(process.argv[1]).version' "$reader/node_modules/@citation-js/core/package.json"); bibtex-parser $(node -p 'require(process.argv[1]).version' "$here/bib-reader/node_modules/@retorquere/bibtex-parser/package.json")"
