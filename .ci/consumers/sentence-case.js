// What a sentence-casing reader of digest's BibTeX may do to a title, by SPEC 4: lower the capitals
// of ordinary words, and nothing else. The words whose capitals carry meaning keep them: a word (a
// run of letters and digits) with a capital after its first character (GaLore, LiDAR, LLMs, 3D), a
// capital and a digit (T5), a lone capital other than A (X), or a proper noun of the built-in list
// (proper-nouns.txt, the same words as digest's own list).
'use strict';

const fs = require('fs');
const path = require('path');

const properNouns = new Set(
  fs
    .readFileSync(path.join(__dirname, 'proper-nouns.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#')),
);

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const CAPITAL = /[\p{Lu}\p{Lt}]/u;
const DIGIT = /\p{N}/u;

function carriesMeaning(word) {
  const chars = Array.from(word);
  return (
    chars.slice(1).some((c) => CAPITAL.test(c)) ||
    (chars.some((c) => CAPITAL.test(c)) && chars.some((c) => DIGIT.test(c))) ||
    (chars.length === 1 && CAPITAL.test(word) && word !== 'A') ||
    properNouns.has(word)
  );
}

// The words of a text with where they start, in UTF-16 units.
function words(text) {
  return Array.from(text.matchAll(WORD), (m) => ({ word: m[0], at: m.index }));
}

// The first way in which `read` is not `original` with some ordinary words lowered, or null. Both
// are compared word by word, and the text between words must be the same.
function onlyOrdinaryWordsLowered(original, read) {
  const o = words(original);
  const r = words(read);
  if (o.length !== r.length) return `${o.length} words written, ${r.length} read`;
  let from = 0;
  for (let k = 0; k < o.length; k++) {
    const between = original.slice(from, o[k].at);
    const readBetween = read.slice(k === 0 ? 0 : r[k - 1].at + r[k - 1].word.length, r[k].at);
    if (between !== readBetween) return `${JSON.stringify(readBetween)} read for ${JSON.stringify(between)} before "${o[k].word}"`;
    from = o[k].at + o[k].word.length;
    const want = o[k].word;
    const got = r[k].word;
    if (got === want) continue;
    if (carriesMeaning(want)) return `"${want}" read as "${got}": its capitals carry meaning`;
    if (!sameButLowered(want, got)) return `"${want}" read as "${got}": more than its capitals lowered`;
  }
  const tail = original.slice(from);
  const readTail = r.length ? read.slice(r[r.length - 1].at + r[r.length - 1].word.length) : read;
  return tail === readTail ? null : `${JSON.stringify(readTail)} read for ${JSON.stringify(tail)} at the end`;
}

// True when `got` is `want` with some of its capitals lowered.
function sameButLowered(want, got) {
  const w = Array.from(want);
  const g = Array.from(got);
  return w.length === g.length && w.every((c, i) => g[i] === c || (CAPITAL.test(c) && g[i] === c.toLowerCase()));
}

// The ordinary words that BibTeX's `"t" change.case$` must lower (its A-Z only): all but the
// title's first word and the first word after a colon and white space, which it leaves as they
// are, and the words inside a pair of the title's own braces (digest writes them as \{ \}, which
// BibTeX counts as braces too).
function mustLower(original) {
  const result = [];
  const ws = words(original);
  let depth = 0;
  let from = 0;
  ws.forEach(({ word, at }, k) => {
    const between = original.slice(from, at);
    for (const c of between) depth = Math.max(0, depth + (c === '{' ? 1 : c === '}' ? -1 : 0));
    from = at + word.length;
    const afterColon = /:\s/.test(between);
    if (k > 0 && !afterColon && depth === 0 && !carriesMeaning(word) && /[A-Z]/.test(word)) {
      result.push({ word, index: k });
    }
  });
  return result;
}

module.exports = { carriesMeaning, words, onlyOrdinaryWordsLowered, mustLower };
