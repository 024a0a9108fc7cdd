// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/ingest/detect';

const post = { title: { rendered: 'Steel' }, content: { rendered: '<p>Text.</p>' } };

describe('detectFormat', () => {
  it.each([
    ['a WordPress post object', JSON.stringify(post), 'wordpress-post'],
    ['a WordPress posts array', `  ${JSON.stringify([post, post])}`, 'wordpress-posts'],
    ['an array with some non-posts', JSON.stringify([post, { id: 3 }]), 'wordpress-posts'],
    ['RSS with a declaration', '<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', 'rss'],
    ['RSS with a bare ampersand', '<rss><channel><title>R & D</title></channel></rss>', 'rss'],
    ['RDF', '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><channel/></rdf:RDF>', 'rss'],
    ['Atom', '<?xml version="1.0"?><!-- generator --><feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'atom'],
    ['an HTML page', '<!DOCTYPE html><html><body><p>x</p></body></html>', 'html'],
    ['an HTML page without doctype', '<html lang="en"><p>x</p></html>', 'html'],
    ['a body-only page', '<body><p>x</p></body>', 'html'],
    ['XHTML with an XML declaration', '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"></html>', 'html'],
    ['plain text', 'Steel output rose.\n\nMills ran at 80%.', 'text'],
    ['text that opens with the site’s name in brackets', '[Ferro-Alloys.com] China Baowu plans remote maintenance.', 'text'],
    ['text that opens with a note in braces', '{Update} Output rose.', 'text'],
    ['text under a pasted "< img" line, which opens no tag', '< img height="1" src="https://example.com/px" />\n\nMill expands.\n\nOutput rose.', 'text'],
    ['a page fragment that opens with an end tag', '</div><p>Output rose.</p>', 'html'],
  ])('detects %s', (_label, text, format) => {
    expect(detectFormat(text)).toMatchObject({ ok: true, format });
  });

  it('hands the parsed JSON on to the reader', () => {
    expect(detectFormat(JSON.stringify(post))).toEqual({ ok: true, format: 'wordpress-post', json: post });
  });

  it.each([
    ['truncated JSON', '{"title": {"rendered": "Cut', /^invalid JSON: .+/],
    ['a truncated JSON array', '[{"title": {"rendered": "Cut', /^invalid JSON: .+/],
    ['a JSON array without posts', '[1, 2]', /^JSON array holds no WordPress posts$/],
    ['JSON that is not a post', '{"id": 1}', /^JSON is not a WordPress post/],
    ['an unclosed RSS item', '<rss><channel><item><title>x</item></channel></rss>', /^malformed XML: Expected closing tag 'title'.*\(line 1, column \d+\)$/],
    ['an RSS document cut off', '<rss><channel><title>x</title></channel>', /^malformed XML: Unclosed tag 'rss'/],
    ['an RSS document cut off deeper', '<rss><channel><item><title>x</title>', /^malformed XML: elements never closed: <rss>, <channel>, <item> \(the file looks cut off\)$/],
    ['a feed cut off inside CDATA', '<rss><channel><item><description><![CDATA[<p>Half', /^malformed XML: the file ends inside a CDATA section/],
    ['an XML document that is not a feed', '<?xml version="1.0"?><catalog><book/></catalog>', /^not an article: an XML document with root element <catalog>, not a feed$/],
  ])('rejects %s', (_label, text, reason) => {
    const result = detectFormat(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });
});
