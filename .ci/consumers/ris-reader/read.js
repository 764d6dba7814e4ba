#!/usr/bin/env node
// Reads a RIS file with citation-js (a JavaScript library that imports and converts bibliographic
// formats, RIS among them) and prints what it understood as one JSON array, one element a record:
//   {"tags": {TAG: value or [values]}, "csl": {CSL-JSON item}}
// "tags" is citation-js's own parse of the file (repeated tags such as UR become arrays, in file
// order); "csl" is the item it imports from those tags. Usage: node read.js FILE.ris (or - for stdin).
'use strict';

const fs = require('fs');
const { Cite, plugins } = require('@citation-js/core');
require('@citation-js/plugin-ris');

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node read.js FILE.ris\n');
  process.exit(2);
}
const text = fs.readFileSync(file === '-' ? 0 : file, 'utf8');

// Two readings of the same text: the tag records, and the CSL items a user's library would get.
const tags = plugins.input.data(text, '@ris/file');
const csl = new Cite(text, { forceType: '@ris/file' }).data.map((item) => {
  const { _graph, ...rest } = item; // citation-js's provenance trail: not part of the record
  return rest;
});
if (tags.length !== csl.length) {
  process.stderr.write(`read.js: citation-js gave ${tags.length} tag records but ${csl.length} items\n`);
  process.exit(1);
}
process.stdout.write(JSON.stringify(tags.map((t, i) => ({ tags: t, csl: csl[i] }))) + '\n');
