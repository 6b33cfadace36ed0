/** The reader shows the title once (issue 17, point 4): an opening heading that is the title is not repeated. */
import { describe, expect, it } from 'vitest';
import { fromBlocks } from '../../src-renderer/core/text/normalize';
import { titleParagraph } from '../../src-renderer/ui/reader/title-paragraph';

describe('titleParagraph', () => {
  it('finds an opening heading that is the title, whatever its spacing and case', () => {
    const n = fromBlocks([{ kind: 'heading', text: 'Bridge  repairs approved' }, { kind: 'body', text: 'The council voted.' }]);
    expect(titleParagraph(n.paragraphs, n.text, 'Bridge repairs Approved')).toBe(0);
    const afterCaption = fromBlocks([{ kind: 'caption', text: 'A photo.' }, { kind: 'heading', text: 'Bridge repairs approved' }]);
    expect(titleParagraph(afterCaption.paragraphs, afterCaption.text, 'Bridge repairs approved')).toBe(1);
  });

  it('leaves a heading that differs from the title, a later heading and a body paragraph alone', () => {
    const n = fromBlocks([{ kind: 'heading', text: 'What comes next' }, { kind: 'body', text: 'Bridge repairs approved' }, { kind: 'heading', text: 'Bridge repairs approved' }]);
    expect(titleParagraph(n.paragraphs, n.text, 'Bridge repairs approved')).toBe(-1);
    expect(titleParagraph(n.paragraphs, n.text, '')).toBe(-1);
  });
});
