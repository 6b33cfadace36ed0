/** ui/common/ListTable: the caption, the column headers and the rows it is given. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ListTable } from '../../src-renderer/ui/common/ListTable';

describe('ListTable', () => {
  it('names the table with a caption for screen readers, heads each column, and leaves a column without a label unheaded', () => {
    const row = createElement('tr', { key: 'r' }, createElement('td', null, 'a'), createElement('td', null, 'b'));
    const html = renderToStaticMarkup(createElement(ListTable, { className: 'backup-list', caption: 'Backups', columns: ['Made', null], children: row }));
    expect(html).toBe(
      '<table class="backup-list"><caption class="visually-hidden">Backups</caption>' +
        '<thead><tr><th scope="col">Made</th><td></td></tr></thead>' +
        '<tbody><tr><td>a</td><td>b</td></tr></tbody></table>',
    );
  });
});
