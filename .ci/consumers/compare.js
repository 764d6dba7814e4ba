#!/usr/bin/env node
// Compares what a consumer read from one of digest's outputs with digest's own jsonl records.
// Prints one line per difference, naming the record key, and exits 1 when there is any.
//
//   node compare.js bibtex-pandoc RECORDS.jsonl PANDOC.json   pandoc -f bibtex -t csljson output
//   node compare.js bibtex-zotero RECORDS.jsonl READ.json     bib-reader/read.mjs output
//   node compare.js sentence-case RECORDS.jsonl REFS.bib SENTENCE.bbl
//                                 the .bib and bibtex's output for it with sentence-case.bst
//   node compare.js citeproc      RECORDS.jsonl PANDOC.json [ITEMS.json]
//                                 pandoc --citeproc -t json output [pandoc -f csljson -t csljson]
//   node compare.js ris           RECORDS.jsonl READ.json     ris-reader/read.js output
'use strict';

const fs = require('fs');
const { onlyOrdinaryWordsLowered, mustLower, words } = require('./sentence-case.js');

const [mode, recordsFile, readFile] = process.argv.slice(2);
if (!mode || !recordsFile || !readFile) {
  process.stderr.write('usage: node compare.js bibtex-pandoc|bibtex-zotero|citeproc|ris RECORDS.jsonl READ.json\n');
  process.exit(2);
}
// Records of the hand-made fixtures (self-test.sh) have the seven fields of digest before authors,
// arxiv and published: those read as unknown.
const records = fs
  .readFileSync(recordsFile, 'utf8')
  .split('\n')
  .filter((l) => l !== '')
  .map((l) => ({ authors: [], arxiv: null, published: null, ...JSON.parse(l) }));
const readText = fs.readFileSync(readFile, 'utf8');
const read = mode === 'sentence-case' ? null : JSON.parse(readText);
const problems = [];

// A short view of two strings around their first difference, so a long abstract fits in a log line.
function show(expected, actual) {
  if (typeof actual !== 'string' || typeof expected !== 'string') return `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
  let i = 0;
  while (i < expected.length && i < actual.length && expected[i] === actual[i]) i++;
  const from = Math.max(0, i - 30);
  const cut = (s) => (from > 0 ? '…' : '') + s.slice(from, i + 40) + (s.length > i + 40 ? '…' : '');
  return `differ at character ${i}: expected ${JSON.stringify(cut(expected))}, got ${JSON.stringify(cut(actual))}`;
}

function same(key, field, expected, actual) {
  if (expected !== actual) problems.push(`${key}: ${field} ${show(expected, actual)}`);
}

// Pairs records with what was read, by key; reports keys missing, repeated or unknown.
function pair(items, idOf) {
  const byId = new Map();
  for (const item of items) {
    const id = idOf(item);
    if (byId.has(id)) problems.push(`${id}: read twice`);
    byId.set(id, item);
  }
  const keys = new Set(records.map((r) => r.key));
  for (const id of byId.keys()) if (!keys.has(id)) problems.push(`${id}: read, but no record has this key`);
  if (items.length !== records.length) problems.push(`(all): ${records.length} records, ${items.length} read`);
  const pairs = [];
  for (const r of records) {
    if (byId.has(r.key)) pairs.push([r, byId.get(r.key)]);
    else problems.push(`${r.key}: not read`);
  }
  return pairs;
}

// BibTeX cannot carry a tab or a line break: digest writes a space, the one change the spec allows
// (and so for every other control character).
const flat = (s) => s.replace(/[\x00-\x1f\x7f-\x9f]/g, ' ');
const oneSpace = (s) => flat(s).replace(/ +/g, ' ').trim();

// What pandoc's BibTeX reader does to text that a writer cannot prevent, applied to both sides:
// - TeX collapses a run of spaces to one, and pandoc trims the value;
// - pandoc always reads LaTeX with its "smart" extension, so ' and ` become curly quotes, a quoted
//   span such as 'x' or ``x'' or ‘x’ comes back as “x”, and the LaTeX commands that would spell a
//   straight quote (\textquotesingle, \textasciigrave) are unknown to it: quotes are compared as one
//   class, a run of quote marks counting as one mark.
const texText = (s) =>
  flat(s).replace(/ +/g, ' ').trim().replace(/['`\u2018\u2019\u201c\u201d]+/g, "'");

// pandoc marks case-protected text as <span class="nocase">…</span> in CSL JSON (versions differ in
// where); the markup is not part of the text.
function stripNocase(s) {
  if (typeof s !== 'string') return s;
  let out = '';
  let depth = 0;
  const re = /<span class="nocase">|<\/span>/g;
  let last = 0;
  for (let m; (m = re.exec(s)) !== null; ) {
    if (m[0] === '</span>' && depth === 0) continue; // text that merely looks like markup
    out += s.slice(last, m.index);
    last = re.lastIndex;
    depth += m[0] === '</span>' ? -1 : 1;
  }
  return out + s.slice(last);
}

// The url field as digest writes it: a caret, which TeX could read as a character code, and a
// dollar sign, which Zotero's reader takes for math, are percent-encoded
// (BibtexRecordWriter.writeLink); that means the same to a web server.
function bibUrl(url) {
  return url.replace(/\^/g, '%5E').replace(/\$/g, '%24');
}

if (mode === 'bibtex-pandoc') {
  for (const [r, item] of pair(read, (i) => i.id)) {
    const text = (v) => texText(stripNocase(v == null ? '' : String(v)));
    // pandoc sets an English title in sentence case: it may lower ordinary words, nothing else.
    const lowered = onlyOrdinaryWordsLowered(texText(r.title), text(item.title));
    if (lowered !== null) problems.push(`${r.key}: title ${lowered}: ${show(texText(r.title), text(item.title))}`);
    same(r.key, 'abstract', texText(r.abstract), text(item.abstract));
    same(r.key, 'note (the date)', r.date === null ? '' : texText(r.date), text(item.note));
    // An arXiv paper's url is its abstract page; otherwise the abstract's first link.
    const url = r.arxiv !== null ? `https://arxiv.org/abs/${r.arxiv}` : r.urls.length ? bibUrl(r.urls[0]) : null;
    same(r.key, 'url', url, item.URL === undefined ? null : item.URL);
    // The authors, one name each, in order (pandoc splits each into family and given names).
    const parts = ['given', 'dropping-particle', 'non-dropping-particle', 'family', 'suffix', 'literal'];
    const names = (item.author || []).map((a) => parts.map((p) => a[p]).filter((p) => p).join(' '));
    same(r.key, 'authors', JSON.stringify(r.authors), JSON.stringify(names));
    const year = item.issued && item.issued['date-parts'] ? String(item.issued['date-parts'][0][0]) : null;
    same(r.key, 'year', r.published !== null ? r.published.slice(0, 4) : year, year);
  }
} else if (mode === 'bibtex-zotero') {
  // Zotero's reader, its sentence-casing off: exactly the original text, each control character
  // (tab, line break) a space, and the url exactly as digest writes it.
  for (const [r, entry] of pair(read, (e) => e.key)) {
    const f = entry.fields;
    if (entry.type !== 'misc') problems.push(`${r.key}: read as @${entry.type}`);
    same(r.key, 'title', flat(r.title), f.title);
    same(r.key, 'abstract', flat(r.abstract), f.abstract === undefined ? '' : f.abstract);
    same(r.key, 'note (the date)', r.date, f.note === undefined ? null : f.note);
    // An arXiv paper's url is its abstract page; otherwise the abstract's first link.
    const url = r.arxiv !== null ? `https://arxiv.org/abs/${r.arxiv}` : r.urls.length ? bibUrl(r.urls[0]) : null;
    same(r.key, 'url', url, f.url === undefined ? null : f.url);
  }
} else if (mode === 'sentence-case') {
  sentenceCase(fs.readFileSync(process.argv[5], 'utf8'));
} else if (mode === 'citeproc') {
  // The bibliography pandoc renders: one Div with the id "ref-KEY" per entry.
  const rendered = [];
  (function walk(node) {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if (node.t === 'Div' && typeof node.c[0][0] === 'string' && node.c[0][0].startsWith('ref-')) {
        rendered.push(node.c[0][0].slice(4));
      }
      Object.values(node).forEach(walk);
    }
  })(read);
  pair(rendered, (id) => id);
  // What pandoc understood of each item's dates (pandoc -f csljson -t csljson): a digest date has
  // no year, so a year means a misreading ({"raw": "Apr 23"} is taken as the year 23 and rendered
  // "23AD"); {"literal": ...} or a note keeps the text as it is.
  if (process.argv[5]) {
    const items = JSON.parse(fs.readFileSync(process.argv[5], 'utf8'));
    pair(items, (item) => item.id); // citeproc renders one of two items with the same id, silently
    for (const item of items) {
      for (const [field, value] of Object.entries(item)) {
        const parts = value !== null && typeof value === 'object' ? value['date-parts'] : undefined;
        const year = Array.isArray(parts) && Array.isArray(parts[0]) ? parts[0][0] : undefined;
        if (typeof year === 'number' && year < 1000) {
          problems.push(`${item.id}: pandoc reads ${field} as the year ${year}`);
        }
      }
    }
  }
} else if (mode === 'ris') {
  // A RIS value is one line: the writer turns each tab and line break into a space (and
  // citation-js would join a value's lines with a space), so those are compared as spaces.
  const oneLine = (s) => s.split(/\r\n|\r|\n/).map((l) => l.trim()).join(' ').replace(/\t/g, ' ').trim();
  const list = (v) => (v === undefined ? [] : [].concat(v));
  // RIS has no required key tag: records are paired in file order, and an ID tag, when written,
  // must hold the key.
  if (read.length !== records.length) problems.push(`(all): ${records.length} records, ${read.length} read`);
  for (const [r, { tags, csl }] of records.slice(0, read.length).map((r, i) => [r, read[i]])) {
    if (tags.ID !== undefined && tags.ID !== r.key) problems.push(`${r.key}: ID ${JSON.stringify(tags.ID)}`);
    same(r.key, 'title', oneLine(r.title), csl.title);
    same(r.key, 'abstract', oneLine(r.abstract), csl.abstract === undefined ? '' : csl.abstract);
    if (r.abstract !== '' && csl.abstract === undefined && csl.note === oneLine(r.abstract)) {
      problems.push(`${r.key}: citation-js filed the abstract as a note (it reads AB so in a record it takes for the old RIS specification, as one with an ID tag and no tag of the 2011 one)`);
    }
    // The arXiv page first, when the id is known, then the abstract's links.
    const links = list(tags.UR);
    const page = r.arxiv !== null ? [`https://arxiv.org/abs/${r.arxiv}`] : [];
    const wanted = page.concat(r.urls.filter((u) => !page.includes(u)));
    if (JSON.stringify(links) !== JSON.stringify(wanted)) {
      problems.push(`${r.key}: links (UR) expected ${JSON.stringify(wanted)}, got ${JSON.stringify(links)}`);
    }
    const authors = list(tags.AU);
    if (JSON.stringify(authors) !== JSON.stringify(r.authors)) {
      problems.push(`${r.key}: authors (AU) expected ${JSON.stringify(r.authors)}, got ${JSON.stringify(authors)}`);
    }
    if (r.date !== null && !list(tags.N1).concat(list(tags.DA)).includes(r.date)) {
      problems.push(`${r.key}: date ${JSON.stringify(r.date)} is in neither N1 nor DA`);
    }
    // A digest date has no year; a reader that finds one has misread it (DA "Apr 23" is taken as
    // the year 23), and that year would land in the user's library.
    const parts = csl.issued ? csl.issued['date-parts'] : undefined;
    const year = Array.isArray(parts) && Array.isArray(parts[0]) ? Number(parts[0][0]) : NaN;
    if (year < 1000) {
      problems.push(`${r.key}: citation-js reads the date as the year ${year} (DA ${JSON.stringify(tags.DA)})`);
    }
  }
} else {
  process.stderr.write(`compare.js: unknown mode ${mode}\n`);
  process.exit(2);
}

// bibtex with sentence-case.bst: each title as `title "t" change.case$` writes it, which is what
// plain.bst, APA and every sentence-casing style print. The words whose capitals carry meaning
// must keep them, and so must every word digest braced; every other capitalised word must be
// lowered, but where BibTeX keeps it (the first word, the first after a colon).
function sentenceCase(bbl) {
  const typeset = [];
  for (const line of bbl.split('\n')) {
    const m = /^\\digestentry\{(.*)\}$/.exec(line);
    if (m) typeset.push({ key: m[1], title: '' });
    else if (typeset.length) typeset[typeset.length - 1].title += ' ' + line;
  }
  const braced = new Map();
  let key = null;
  for (const line of readText.split('\n')) {
    const entry = /^@\w+\{([^,]*),$/.exec(line);
    if (entry) key = entry[1];
    const title = /^  title = \{(.*)\},$/.exec(line);
    if (title && key !== null) braced.set(key, Array.from(title[1].matchAll(/(?<!\\)\{([\p{L}\p{M}\p{N}]+)\}/gu), (g) => g[1]));
  }
  for (const [r, t] of pair(typeset, (t) => t.key)) {
    let title;
    try {
      title = decodeBbl(t.title);
    } catch (e) {
      problems.push(`${r.key}: ${e.message} in ${JSON.stringify(t.title.trim())}`);
      continue;
    }
    const original = oneSpace(r.title);
    const wrong = onlyOrdinaryWordsLowered(original, title);
    if (wrong !== null) {
      problems.push(`${r.key}: ${wrong}: ${show(original, title)}`);
      continue;
    }
    const got = words(title);
    const unlowered = mustLower(original)
      .filter(({ word, index }) => got[index].word !== word.replace(/[A-Z]/g, (c) => c.toLowerCase()))
      .map(({ word }) => `"${word}"`);
    if (unlowered.length) {
      problems.push(`${r.key}: ${unlowered.join(', ')} kept capitals that carry no meaning: ${JSON.stringify(title)}`);
    }
    const kept = new Set(got.map((w) => w.word));
    const lost = (braced.get(r.key) || []).filter((word) => !kept.has(word)).map((word) => `"${word}"`);
    if (lost.length) problems.push(`${r.key}: the braced ${lost.join(', ')} lost capitals: ${JSON.stringify(title)}`);
  }
}

// The LaTeX digest writes, decoded: its text commands, escaped characters and braces.
function decodeBbl(latex) {
  const commands = {
    textbackslash: '\\', textasciicircum: '^', textasciitilde: '~', textbraceleft: '{', textbraceright: '}',
    textless: '<', textgreater: '>', textbar: '|',
  };
  let text = '';
  for (const m of latex.matchAll(/\\([A-Za-z]+) ?|\\([^A-Za-z])|[{}]|[^\\{}]+/gsu)) {
    if (m[1] !== undefined) {
      if (!(m[1] in commands)) throw new Error(`unknown command \\${m[1]}`);
      text += commands[m[1]];
    } else if (m[2] !== undefined) text += m[2];
    else if (m[0] !== '{' && m[0] !== '}') text += m[0];
  }
  return text.replace(/\s+/g, ' ').trim();
}

for (const p of problems) process.stdout.write(p + '\n');
process.exit(problems.length ? 1 : 0);
