/**
 * One design system (src-renderer/ui/app/design.css): the feature stylesheets
 * take every colour and font size from its tokens, so a theme or type change
 * is made once. Also checks that every token used is defined.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../src-renderer');
const DESIGN = join(ROOT, 'ui/app/design.css');

function filesEnding(dir: string, ending: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesEnding(join(dir, e.name), ending) : e.name.endsWith(ending) ? [join(dir, e.name)] : []));
}
const cssFiles = (dir: string) => filesEnding(dir, '.css');
const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');
const features = cssFiles(ROOT).filter((f) => f !== DESIGN);

describe('design tokens', () => {
  it('finds the stylesheets', () => {
    expect(features.length).toBeGreaterThan(5);
  });

  it.each(features.map((f) => [relative(ROOT, f), f]))('%s writes no colour of its own', (_name, file) => {
    const css = withoutComments(readFileSync(file, 'utf8'));
    expect(css.match(/#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(|\blight-dark\(/gi) ?? []).toEqual([]);
  });

  it.each(features.map((f) => [relative(ROOT, f), f]))('%s takes its font sizes from the type scale', (_name, file) => {
    const css = withoutComments(readFileSync(file, 'utf8'));
    const literal = [...css.matchAll(/font(?:-size)?:\s*([^;]+);/g)].map((m) => m[1]!).filter((value) => /\d(px|pt|rem)\b/.test(value.split('/')[0]!));
    expect(literal).toEqual([]);
  });

  it('defines every token the stylesheets use', () => {
    const design = readFileSync(DESIGN, 'utf8');
    const defined = new Set([...design.matchAll(/(--[\w-]+):/g)].map((m) => m[1]));
    const local = new Set(features.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/(--[\w-]+):/g)].map((m) => m[1])));
    // Set by the components on an element's style (e.g. a claim's underline lane).
    const inline = new Set(filesEnding(ROOT, '.tsx').flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/['"](--[\w-]+)['"]/g)].map((m) => m[1])));
    const used = new Set(cssFiles(ROOT).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]!)));
    expect([...used].filter((name) => !defined.has(name) && !local.has(name) && !inline.has(name))).toEqual([]);
  });
});
