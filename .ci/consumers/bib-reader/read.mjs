#!/usr/bin/env node
// Reads a BibTeX file with @retorquere/bibtex-parser, the parser behind Zotero's Better BibTeX
// import, and prints what it understood as one JSON array, one element an entry:
//   {"key": KEY, "type": TYPE, "fields": {FIELD: text}}
// The text is the parser's decoding of the LaTeX to Unicode, as an import gets it, but with its
// sentence-casing turned off (english: false), so that it can be compared with the original text:
// Zotero would also lower the capitals of ordinary words, which the sentence-case check covers.
// Any parse error, and any command the parser does not know, fails (exit 1), as it would lose text.
// Usage: node read.mjs FILE.bib (or - for stdin).
//
// An ES module: the parser's CommonJS build does not load (its package says "type": "module").
import fs from 'node:fs';
import { parse } from '@retorquere/bibtex-parser';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node read.mjs FILE.bib\n');
  process.exit(2);
}
const text = fs.readFileSync(file === '-' ? 0 : file, 'utf8');

let library;
try {
  library = parse(text, { english: false });
} catch (e) {
  process.stderr.write(`read.mjs: the parser gave up: ${e.message}\n`);
  process.exit(1);
}
if (library.errors.length) {
  for (const e of library.errors) process.stderr.write(`read.mjs: ${JSON.stringify(e)}\n`);
  process.exit(1);
}
const entries = library.entries.map((e) => ({ key: e.key, type: e.type, fields: e.fields }));
process.stdout.write(JSON.stringify(entries) + '\n');
