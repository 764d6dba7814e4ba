#!/usr/bin/env python3
"""Builds arxiv-snapshot-sample.jsonl, a small arXiv metadata snapshot, from the real Daily Papers
API responses in samples/api/ (run from the repository root: python3 src/test/resources/snapshot/build-fixture.py).

Each API paper becomes one line in the snapshot's documented format (the Kaggle "arxiv" dataset,
arxiv-metadata-oai-snapshot.json): id, submitter, authors, title, comments, journal-ref, doi,
report-no, categories, license, abstract, versions, update_date, authors_parsed, in that order,
compact JSON, one paper a line. Text is shaped as arXiv shapes it: the title hard-wrapped at 80
columns with continuation lines indented by two spaces, the abstract hard-wrapped at 80 columns
with two spaces in front and a line feed at the end. Authors are [family, given, suffix]: the last
word and the lower-case particles before it are the family name (van der Berg), the words before
them the given names. The first version is dated paper.publishedAt (as RFC 1123, as arXiv writes
it), a second version three days later. What the API does not know is null (comments, journal-ref,
doi, report-no, categories, license); the submitter is the first author.
"""
import datetime
import glob
import json
import textwrap

WIDTH = 80


def wrap_title(title):
    lines = textwrap.wrap(' '.join(title.split()), WIDTH, break_long_words=False, break_on_hyphens=False)
    return '\n  '.join(lines)


def wrap_abstract(summary):
    paragraphs = [' '.join(p.split()) for p in summary.split('\n\n')]
    wrapped = []
    for p in paragraphs:
        wrapped.append('\n'.join(textwrap.wrap(p, WIDTH, initial_indent='  ', break_long_words=False, break_on_hyphens=False)))
    return '\n'.join(wrapped) + '\n'


def parsed(name):
    words = name.split()
    family = len(words) - 1
    while family > 1 and words[family - 1][0].islower():
        family -= 1
    return [' '.join(words[family:]), ' '.join(words[:family]), '']


def rfc1123(moment):
    return moment.strftime('%a, %-d %b %Y %H:%M:%S GMT')


def main():
    out = []
    for path in sorted(glob.glob('samples/api/*.json')):
        with open(path, encoding='utf-8') as f:
            items = json.load(f)
        for item in items:
            paper = item['paper']
            names = [a['name'] for a in paper['authors']]
            first = datetime.datetime.strptime(paper['publishedAt'][:19], '%Y-%m-%dT%H:%M:%S')
            second = first + datetime.timedelta(days=3, hours=5)
            line = {
                'id': paper['id'],
                'submitter': names[0] if names else None,
                'authors': ', '.join(names),
                'title': wrap_title(item.get('title') or paper['title']),
                'comments': None,
                'journal-ref': None,
                'doi': None,
                'report-no': None,
                'categories': None,
                'license': None,
                'abstract': wrap_abstract(paper['summary']),
                'versions': [{'version': 'v1', 'created': rfc1123(first)}, {'version': 'v2', 'created': rfc1123(second)}],
                'update_date': second.strftime('%Y-%m-%d'),
                'authors_parsed': [parsed(n) for n in names],
            }
            out.append(json.dumps(line, ensure_ascii=False, separators=(',', ':')))
    with open('src/test/resources/snapshot/arxiv-snapshot-sample.jsonl', 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
