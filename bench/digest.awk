# digest.awk: `digest convert -f jsonl` in awk, the baseline of bench/throughput.sh (SPEC Section 5).
#
#   LC_ALL=C mawk -f bench/digest.awk FILE... > out.jsonl     (or gawk; no FILE reads stdin)
#
# Run it in the C locale: it works on UTF-8 bytes (gawk in a UTF-8 locale would count characters
# and its byte regexes below would not match). Works with mawk 1.3.4 and gawk 5.
#
# It follows the digest parser (SPEC Section 1): both layouts, told by each digest's header
# (blank-line paragraphs joined with a space, compact one paragraph a line); page furniture
# skipped wherever it stands; date lines setting `date`; `Subscribe` glued to the first title cut
# off; headers glued to the end of a line cut off (`...PreSelect.new` followed by a header line,
# `...GPUs.Get trending papers in your email inbox once a day!`); title/abstract alternation by
# paragraph shape with the three anomalies (missing-abstract, multi-paragraph-abstract,
# orphan-text) reported on stderr as `FILE:LINE: warning: MESSAGE [CODE]`; each file parsed on
# its own; one JSON object a line with key, title, abstract, urls, date, source, line, authors, arxiv, published (a pasted digest names none).
#
# Simplified, as far as awk reasonably goes:
# - key: the SPEC Section 4 rules on ASCII only: no transliteration (a non-ASCII letter just
#   splits words), and a repeated key gets a, b, ... without the full "already taken" search
#   being exact for mixed-case keys;
# - urls: http(s) links up to white space or one of "<>`{}\ with trailing .,;:!?'" and
#   unbalanced closing brackets removed, no duplicates; Unicode spaces do not end a link;
# - title shape: at most 300 characters (UTF-8 continuation bytes not counted), no final full
#   stop, at most one sentence break (. ? or ! then a space then A-Z or an upper-case Latin-1
#   letter; other scripts' capitals are not seen);
# - line ends LF or CRLF (a lone CR is not a line end); trimmed white space: ASCII blanks, NBSP,
#   U+FEFF; no encoding check, no byte-order mark handling, no --max-record limit;
# - JSON escaping of backslash, quote and control characters as Jackson does (\n \t \r \b \f,
#   others \u00XX); other bytes are copied as they are.

BEGIN {
  FIXED["new"] = 1
  FIXED["Subscribe"] = 1
  TRENDING = "Get trending papers in your email inbox!"
  TRENDING_DAILY = "Get trending papers in your email inbox once a day!"
  BYLINE = "byAK and the research community"
  FIXED[TRENDING] = 1
  FIXED[TRENDING_DAILY] = 1
  FIXED[BYLINE] = 1
  DATE_RE = "^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December) (0?[1-9]|[12][0-9]|3[01])(, [0-9][0-9][0-9][0-9])?$"
  n = split("a an and as at but by for from in into is nor of on onto or over per so than the through to toward towards up upon via versus vs with within without yet", sw, " ")
  for (i = 1; i <= n; i++) STOP[sw[i]] = 1
  PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
  for (i = 1; i < 32; i++) {
    CTL[i] = sprintf("%c", i)
    ESC[i] = sprintf("\\u%04X", i)
  }
  ESC[8] = "\\b"; ESC[9] = "\\t"; ESC[10] = "\\n"; ESC[12] = "\\f"; ESC[13] = "\\r"
  # 26 letters for key suffixes
  ALPHA = "abcdefghijklmnopqrstuvwxyz"
  reset_file()
}

FNR == 1 {
  if (NR > 1) finish()
  reset_file()
  src = FILENAME
  if (src == "" || src == "/dev/stdin") src = "-"
  SRC_JSON = jstr(src)
}

{
  s = $0
  # trim: cheap tests on the first and last byte before any regex
  c = substr(s, 1, 1)
  if (c == " " || c == "\t" || c == "\v" || c == "\f" || c == "\302" || c == "\357")
    sub(/^([ \t\v\f]|\302\240|\357\273\277)+/, "", s)
  c = substr(s, length(s), 1)
  if (c == "\r" || c == " " || c == "\t" || c == "\v" || c == "\f" || c == "\240" || c == "\277")
    sub(/([ \t\v\f\r]|\302\240|\357\273\277)+$/, "", s)
  if (s == "") { on_blank(); next }

  L = length(s)
  whole = 0
  if (L <= 51) {
    if (s in FIXED) whole = 1
    else if (L >= 5 && s ~ DATE_RE) whole = 2
  }
  if (glued_new) resolve_glued_new(whole)
  if (whole) { on_furniture(whole, s); next }

  if (substr(s, 1, 9) == "Subscribe" && L > 9) {
    c = substr(s, 10, 1)
    if (c !~ /[a-z \t\v\f:;,.!?]/) {
      on_furniture(1, "Subscribe")
      s = substr(s, 10)
      L -= 9
      if (layout_pending) { layout = 2; layout_pending = 0 }
    }
  }

  c = substr(s, L, 1)
  if (c == "!" || c == "y") {
    tail = ""
    if (L > 51 && substr(s, L - 50) == TRENDING_DAILY) tail = TRENDING_DAILY
    else if (L > 40 && substr(s, L - 39) == TRENDING) tail = TRENDING
    else if (L > 31 && substr(s, L - 30) == BYLINE) tail = BYLINE
    if (tail != "") {
      s = substr(s, 1, L - length(tail))
      sub(/([ \t\v\f]|\302\240|\357\273\277)+$/, "", s)
      on_content(s, FNR, 0)
      on_furniture(1, tail)
      next
    }
  }
  # `...PreSelect.new`: the next digest's header if a furniture line follows
  on_content(s, FNR, c == "w" && L >= 4 && substr(s, L - 2) == "new" && index(PUNCT, substr(s, L - 3, 1)) > 0)
}

END {
  finish()
}

# ---- lines ----

function reset_file() {
  layout = 0            # 0 unknown, 1 blank-line, 2 compact
  in_header = 0
  layout_pending = 0
  date = ""; has_date = 0
  para = ""; para_line = 0; para_lines = 0; para_open = 0; para_held = 0
  glued_new = 0; blank_after_glued_new = 0
  have_titled = 0; have_open = 0
}

function on_blank() {
  if (layout_pending) { layout = 1; layout_pending = 0 }
  if (glued_new) blank_after_glued_new = 1
  if (para_open && !para_held) {
    if (layout == 0) layout = 1
    complete_paragraph()
  }
}

function on_furniture(kind, text) {
  if (para_open) dispatch()
  if (!in_header) start_digest()
  else if (layout_pending) { layout = 2; layout_pending = 0 }
  if (kind == 2) { date = text; has_date = 1 }
}

function on_content(text, line, ends_with_new) {
  if (layout_pending) { layout = 2; layout_pending = 0 }
  in_header = 0
  if (layout == 0 && para_open) {
    # no header told the layout: a title line then an abstract line is compact
    if (para_lines == 1 && is_title(para) && !is_title(text)) { layout = 2; dispatch() }
    else layout = 1
  }
  if (!para_open) {
    para_open = 1; para_line = line; para_lines = 0; para = text
  } else {
    para = para " " text
  }
  para_lines++
  glued_new = ends_with_new
  blank_after_glued_new = 0
  if (layout == 2) complete_paragraph()
}

# ---- paragraphs ----

function complete_paragraph() {
  if (glued_new) para_held = 1
  else dispatch()
}

# The line after a glued `new` has come: the `new` was the next digest's header if it is furniture.
function resolve_glued_new(furniture_follows) {
  glued_new = 0
  if (furniture_follows) {
    para = substr(para, 1, length(para) - 3)
    dispatch()
    start_digest()
    layout = blank_after_glued_new ? 1 : 2
    layout_pending = 0
  } else if (para_held) {
    dispatch()
  }
  blank_after_glued_new = 0
}

function start_digest() {
  end_records()
  in_header = 1
  layout_pending = 1
  has_date = 0
  date = ""
}

function finish() {
  if (glued_new) resolve_glued_new(0)
  if (para_open) dispatch()
  end_records()
}

# ---- records ----

function dispatch(   t) {
  para_open = 0; para_held = 0
  t = is_title(para)
  if (have_titled) {
    if (t) {
      warn(t_line, "title with no abstract after it; the record gets an empty abstract", "missing-abstract")
      emit(t_title, "", t_line, t_date, t_has_date)
      take_title()
    } else {
      o_title = t_title; o_abs = para; o_line = t_line; o_date = t_date; o_has_date = t_has_date
      have_titled = 0; have_open = 1
    }
  } else if (have_open) {
    if (t) {
      emit(o_title, o_abs, o_line, o_date, o_has_date)
      have_open = 0
      take_title()
    } else {
      warn(para_line, "the abstract goes on in a second paragraph; it is kept as part of the abstract above, after a line break", "multi-paragraph-abstract")
      o_abs = o_abs "\n" para
    }
  } else if (t) {
    take_title()
  } else {
    warn(para_line, "text with no title before it; it is left out of the output", "orphan-text")
  }
  para = ""
}

function take_title() {
  t_title = para; t_line = para_line; t_date = date; t_has_date = has_date
  have_titled = 1
}

function end_records() {
  if (have_titled) {
    warn(t_line, "title with no abstract after it; the record gets an empty abstract", "missing-abstract")
    emit(t_title, "", t_line, t_date, t_has_date)
    have_titled = 0
  }
  if (have_open) {
    emit(o_title, o_abs, o_line, o_date, o_has_date)
    have_open = 0
  }
}

function warn(line, message, code) {
  printf "%s:%d: warning: %s [%s]\n", src, line, message, code > "/dev/stderr"
}

function emit(title, abs, line, d, hd) {
  print "{\"key\":" jstr(key(title)) ",\"title\":" jstr(title) ",\"abstract\":" jstr(abs) \
    ",\"urls\":[" urls(abs) "],\"date\":" (hd ? jstr(d) : "null") ",\"source\":" SRC_JSON \
    ",\"line\":" line ",\"authors\":[],\"arxiv\":null,\"published\":null}"
}

# SPEC Section 1: at most 300 characters, no final full stop, at most one sentence break.
function is_title(p,   n, tmp) {
  n = length(p)
  if (n == 0 || substr(p, n, 1) == ".") return 0
  if (n > 300) {
    if (n > 1200) return 0
    tmp = p
    n -= gsub(/[\200-\277]/, "", tmp)
    if (n > 300) return 0
  }
  tmp = p
  return gsub(/[.?!] ([A-Z]|\303[\200-\226\230-\236])/, "", tmp) <= 1
}

# ---- fields ----

function jstr(s,   i) {
  if (index(s, "\\")) gsub(/\\/, "&&", s)
  if (index(s, "\"")) s = replace_all(s, "\"", "\\\"")
  if (s ~ /[\001-\037]/)
    for (i = 1; i < 32; i++)
      if (index(s, CTL[i])) s = replace_all(s, CTL[i], ESC[i])
  return "\"" s "\""
}

# Every `ch` (one character) in s replaced by rep, without gsub's replacement-escaping rules,
# which differ between awks.
function replace_all(s, ch, rep,   parts, n, i, out) {
  n = split(s, parts, ch)
  out = parts[1]
  for (i = 2; i <= n; i++) out = out rep parts[i]
  return out
}

# The http(s) links of an abstract as JSON strings, comma-separated.
function urls(abs,   out, seen, u, c, before, open_n, close_n, parts) {
  if (!index(abs, "://")) return ""
  out = ""
  while (match(abs, /[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\001- "<>`{}\\\177]+/)) {
    u = substr(abs, RSTART, RLENGTH)
    before = RSTART > 1 ? substr(abs, RSTART - 1, 1) : ""
    abs = substr(abs, RSTART + RLENGTH)
    if (before ~ /[A-Za-z0-9]/) continue
    while (length(u) > 0) {
      c = substr(u, length(u), 1)
      if (index(".,;:!?'\"", c)) { u = substr(u, 1, length(u) - 1); continue }
      if (c == ")" || c == "]" || c == "}") {
        open_n = split(u, parts, c == ")" ? "(" : c == "]" ? "[" : "{") - 1
        close_n = split(u, parts, c) - 1
        if (close_n > open_n) { u = substr(u, 1, length(u) - 1); continue }
      }
      break
    }
    if (u ~ /:\/\/$/ || (u in seen)) continue
    seen[u] = 1
    out = out (out == "" ? "" : ",") jstr(u)
  }
  return out
}

# Citation key (SPEC Section 4, ASCII only): the short name before a colon, else the first
# three significant words; unique within the run, compared case-insensitively.
function key(title,   k, head, t, i, n, words, sig, w, lk, base, suffix, q) {
  i = index(title, ":")
  head = i > 1 ? substr(title, 1, i - 1) : ""
  if (head != "" && head !~ /[ \t]/ && head ~ /[A-Za-z0-9]/) {
    gsub(/[^A-Za-z0-9]/, "", head)
    k = tolower(head)
  } else {
    t = title
    gsub(/'|\342\200\231|\312\274/, "", t)
    n = 0; sig = 0; k = ""
    while (match(t, /[A-Za-z0-9]+/)) {
      w = substr(t, RSTART, RLENGTH)
      t = substr(t, RSTART + RLENGTH)
      words[++n] = w
      if (!(tolower(w) in STOP)) {
        sig++
        k = k (sig == 1 ? tolower(w) : toupper(substr(w, 1, 1)) substr(w, 2))
        if (sig == 3) break
      }
    }
    if (sig == 0) {
      for (i = 1; i <= n && i <= 3; i++)
        k = k (i == 1 ? tolower(words[i]) : toupper(substr(words[i], 1, 1)) substr(words[i], 2))
    }
    if (k == "") k = "untitled"
  }
  lk = tolower(k)
  if (!(lk in TAKEN)) { TAKEN[lk] = 1; return k }
  # a, b, ... z, aa, ab, ...: continue from the last suffix given to this key
  base = lk
  q = NEXT_SUFFIX[base]
  do {
    suffix = alpha_suffix(q++)
  } while ((base suffix) in TAKEN)
  NEXT_SUFFIX[base] = q
  TAKEN[base suffix] = 1
  return k suffix
}

# 0 -> a, 25 -> z, 26 -> aa, ...
function alpha_suffix(q,   s) {
  s = ""
  q++
  while (q > 0) {
    q--
    s = substr(ALPHA, q % 26 + 1, 1) s
    q = int(q / 26)
  }
  return s
}
