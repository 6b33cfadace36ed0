import { describe, expect, it } from 'vitest';
import { markdownToBlocks } from '../../../src-renderer/core/text/markdown';
import { fromBlocks } from '../../../src-renderer/core/text/normalize';

describe('markdownToBlocks', () => {
  it.each([
    ['ATX heading', '# Stadium **vote** delayed', [['heading', 'Stadium vote delayed']]],
    ['setext heading', 'Stadium vote\n============', [['heading', 'Stadium vote']]],
    ['paragraph with soft breaks', 'The assembly\ndelayed its vote\nuntil April.', [['body', 'The assembly delayed its vote until April.']]],
    ['hard break kept as a line break', 'Line one  \nLine two', [['body', 'Line one\nLine two']]],
    ['emphasis, strong, inline code removed', 'It costs *about* **$1.2 billion** per `year`.', [['body', 'It costs about $1.2 billion per year.']]],
    ['bullet list', '- one\n- **two**\n  - nested', [['list-item', 'one'], ['list-item', 'two'], ['list-item', 'nested']]],
    ['ordered list', '1. first\n2. second', [['list-item', 'first'], ['list-item', 'second']]],
    ['block quote', '> « Nous ne céderons pas »,\n> a-t-il dit.', [['quote', '« Nous ne céderons pas », a-t-il dit.']]],
    ['list inside a quote stays quote', '> - quoted item', [['quote', 'quoted item']]],
    ['code block kept as body text', '```\nrate = 12%\ntotal = 48\n```', [['body', 'rate = 12%\ntotal = 48']]],
    ['images dropped', 'Before ![a chart](chart.png) after.', [['body', 'Before after.']]],
    ['image-only paragraph disappears', '![photo](p.jpg)\n\nText.', [['body', 'Text.']]],
    ['HTML blocks dropped, never interpreted', '<script>alert(1)</script>\n\n<div onclick="x()">Hidden</div>\n\nVisible.', [['body', 'Visible.']]],
    ['inline HTML tags dropped, their words kept', 'A <b>bold</b> claim.', [['body', 'A bold claim.']]],
    ['thematic break ignored', 'One.\n\n---\n\nTwo.', [['body', 'One.'], ['body', 'Two.']]],
  ] as const)('%s', (_name, md, expected) => {
    expect(markdownToBlocks(md).blocks.map((b) => [b.kind, b.text])).toEqual(expected);
  });

  it('keeps link text in the text and URLs as metadata only', () => {
    const md = 'See the [council report](https://example.org/report "Report") and [ref][r], not [this](javascript:alert(1)).\n\n[r]: https://example.org/ref';
    const r = markdownToBlocks(md);
    expect(r.blocks).toEqual([{ kind: 'body', text: 'See the council report and ref, not this.' }]);
    expect(r.links).toEqual([
      { text: 'council report', url: 'https://example.org/report' },
      { text: 'ref', url: 'https://example.org/ref' },
    ]);
    expect(JSON.stringify(r.blocks)).not.toContain('http');
  });

  it.each([
    ['front matter title wins', '---\ntitle: "From front matter"\ndate: 2025-11-23\n---\n# Heading one\n\nBody.', 'From front matter', 2],
    ['first level-1 heading', '## Kicker\n\n# Main title\n\nBody.', 'Main title', 3],
    ['first heading when there is no level 1', '## Only h2\n\nBody.', 'Only h2', 2],
    ['no heading, no title', 'Just a paragraph.', undefined, 1],
  ] as const)('title: %s', (_name, md, title, blockCount) => {
    const r = markdownToBlocks(md);
    expect(r.title).toBe(title);
    expect(r.blocks).toHaveLength(blockCount);
  });

  it('front matter never becomes text', () => {
    const r = markdownToBlocks('---\ntitle: T\nauthor: A\n---\nBody.');
    expect(r.blocks).toEqual([{ kind: 'body', text: 'Body.' }]);
  });

  it('gives canonical text through fromBlocks', () => {
    const md = '# Title\r\n\r\nFirst *para*,\r\nsoft break.\r\n\r\n- item\r\n\r\n> quote';
    const n = fromBlocks(markdownToBlocks(md).blocks);
    expect(n.text).toBe('Title\n\nFirst para, soft break.\n\nitem\n\nquote');
    expect(n.paragraphs.map((p) => p.kind)).toEqual(['heading', 'body', 'list-item', 'quote']);
  });

  it('handles empty input', () => {
    expect(markdownToBlocks('')).toEqual({ blocks: [], links: [] });
  });
});

describe('inline raw HTML', () => {
  it.each([
    ['<svg><script>window.x=1</script></svg> after', 'after'],
    ['before <script>alert(1)</script> after', 'before after'],
    ['a <style>p{color:red}</style> b', 'a b'],
    ['keep <b>bold</b> text', 'keep bold text'],
  ])('%j keeps only the article text', (md, text) => {
    expect(markdownToBlocks(md).blocks.map((b) => b.text.replace(/\s+/g, ' ').trim())).toEqual([text]);
  });
});
