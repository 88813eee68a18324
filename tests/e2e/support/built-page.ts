/**
 * A built page as the server sends it, for the tests that read only its markup: what a crawler, a
 * link preview or a browser without JavaScript gets (the <head>'s links, <meta> and JSON-LD, and
 * text no script of the site touches). Read from the built site and queried with CSS selectors,
 * which costs a fraction of a page load in the browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { find, html } from 'property-information';
import { inject } from 'vitest';

export interface BuiltPage {
  /** How many elements match. */
  count(selector: string): number;
  /** The text of the first match, as the DOM's `textContent` gives it. */
  text(selector: string): string;
  /** The text of every match. */
  texts(selector: string): string[];
  /** An attribute of the first match, as written in the HTML; undefined when it has none. */
  attribute(selector: string, name: string): string | undefined;
  /** That attribute of every match. */
  attributes(selector: string, name: string): (string | undefined)[];
}

const attributeOf = (element: Element, name: string): string | undefined => {
  const info = find(html, name);
  const value = element.properties[info.property];
  if (value === undefined || value === null || value === false) return undefined;
  if (value === true) return '';
  return Array.isArray(value) ? value.join(info.commaSeparated ? ', ' : ' ') : String(value);
};

/** The page at `path` of the site the run built (`/en/glossary/putin/` reads `en/glossary/putin/index.html`). */
export function builtPage(path: string): BuiltPage {
  const file = join(inject('outDir'), path.endsWith('/') ? `${path}index.html` : path);
  const tree = fromHtml(readFileSync(file, 'utf8'));
  const first = (selector: string): Element => {
    const found = select(selector, tree);
    if (!found) throw new Error(`Nothing matches ${selector} in ${path}.`);
    return found;
  };
  return {
    count: (selector) => selectAll(selector, tree).length,
    text: (selector) => toString(first(selector)),
    texts: (selector) => selectAll(selector, tree).map((element) => toString(element)),
    attribute: (selector, name) => attributeOf(first(selector), name),
    attributes: (selector, name) => selectAll(selector, tree).map((element) => attributeOf(element, name)),
  };
}
