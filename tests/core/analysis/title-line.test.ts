/**
 * Title lines are never suggested as claims (issue 17, point 4): the
 * analysis is told the article's title and reads the line that is that
 * title as a heading, even where the paragraph classifier left it as body
 * (a pasted headline followed by a shorter standfirst). Text written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle, analyzeText } from '../../../src-renderer/core/analysis/pipeline';
import { normalizeText } from '../../../src-renderer/core/text/normalize';
import { pickTitle } from '../../../src-renderer/core/text/title';

const pasted = normalizeText(
  [
    'Ferry fares to rise by 12% in 2027, the port authority says',
    'The board voted.',
    'The port authority said on Friday that fares on the three ferry lines would rise by 12% next year, the first increase since 2019. The board approved the plan by six votes to one.',
    'Critics say the rise will hurt commuters who earn less than €2,000 a month.',
  ].join('\n'),
);
const headline = pasted.paragraphs[0]!;
const suggested = (title?: string) =>
  analyzeText({ text: pasted.text, paragraphs: pasted.paragraphs, language: 'en', ...(title !== undefined && { title }) }).suggestions.map((s) => pasted.text.slice(s.start, s.end));

describe('the title line in the analysis', () => {
  it('is body to the classifier, and worth checking as a sentence', () => {
    expect(headline.kind).toBe('body');
    // Without the title the headline reads as a check-worthy sentence: the rule below has something to prevent.
    expect(suggested()).toContain('Ferry fares to rise by 12% in 2027, the port authority says');
  });

  it('is never suggested once the analysis knows the title; the body still is', () => {
    const title = pickTitle(pasted.text, pasted.paragraphs, { language: 'en' });
    expect(title).toBe('Ferry fares to rise by 12% in 2027, the port authority says');
    const withTitle = suggested(title);
    expect(withTitle).not.toContain(title);
    expect(withTitle).toContain('The board approved the plan by six votes to one.');
    const complete = analyzeArticle({ text: pasted.text, paragraphs: pasted.paragraphs, language: 'en', title });
    expect(complete.suggestions.some((s) => s.start < headline.end)).toBe(false);
    expect(complete.flags.some((f) => f.start < headline.end)).toBe(false);
  });

  it('leaves a lead sentence that only gave the title alone (it is the story, not a headline)', () => {
    const lead = normalizeText('The port authority said on Friday that ferry fares would rise by 12% in 2027.\nThe board approved the plan by six votes to one on Thursday.');
    const title = pickTitle(lead.text, lead.paragraphs, { language: 'en' });
    const s = analyzeText({ text: lead.text, paragraphs: lead.paragraphs, language: 'en', title }).suggestions.map((x) => lead.text.slice(x.start, x.end));
    expect(s).toContain(title);
  });
});
