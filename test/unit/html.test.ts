import { escapeHtml } from '../../src/core/html';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    const html = escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`);

    expect(html).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;');
  });

  it('leaves other text alone', () => {
    const html = escapeHtml('Collect pupil voice — 15 Jan');

    expect(html).toBe('Collect pupil voice — 15 Jan');
  });

  it('escapes an ampersand that already starts an entity', () => {
    const html = escapeHtml('&lt;');

    expect(html).toBe('&amp;lt;');
  });
});
