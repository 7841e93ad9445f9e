/**
 * What the long-field ticket must look like in Chromium once painted, checked by bench/panel-render.ts on
 * the shipped bundle: the sizes that used to be unbounded (header height, page width, text in the DOM),
 * text after an unterminated right-to-left override kept in order, and the title's "Show more" / "Show
 * less" working from the keyboard. A failed check fails the bench section.
 */
import type { Page } from 'playwright-core';

export interface PageShape {
  readonly articles: number;
  readonly domTextLength: number;
  readonly headerHeight: number;
  readonly titleHeight: number;
  readonly titleLineHeight: number;
  readonly pageWidth: number;
  readonly viewportWidth: number;
}

export async function shapeOf(tab: Page): Promise<PageShape> {
  return (await tab.evaluate(`({
    articles: document.querySelectorAll('article.message').length,
    domTextLength: document.getElementById('app').textContent.length,
    headerHeight: Math.round(document.querySelector('header.ticket').getBoundingClientRect().height),
    titleHeight: Math.round(document.getElementById('ticket-title').getBoundingClientRect().height),
    titleLineHeight: parseFloat(getComputedStyle(document.getElementById('ticket-title')).lineHeight),
    pageWidth: document.documentElement.scrollWidth,
    viewportWidth: window.innerWidth,
  })`)) as PageShape;
}

/**
 * True when the visible characters of the element's text run left to right (its second character is
 * left of its next-to-last one), as they do unless a right-to-left override reached them.
 */
function readsLeftToRight(tab: Page, selector: string, text: string): Promise<boolean | string> {
  return evaluate(
    tab,
    `(() => {
    const element = [...document.querySelectorAll(${JSON.stringify(selector)})].find((e) => e.textContent.includes(${JSON.stringify(text)}));
    if (!element) return 'missing';
    const node = [...element.childNodes].find((n) => n.nodeType === 3 && n.data.includes(${JSON.stringify(text)}));
    const start = node.data.indexOf(${JSON.stringify(text)});
    const rectAt = (i) => { const range = document.createRange(); range.setStart(node, i); range.setEnd(node, i + 1); return range.getBoundingClientRect().left; };
    return rectAt(start + 1) < rectAt(start + ${text.length - 2});
  })()`,
  );
}

/** Evaluates an expression in the page (CDP evaluation is not subject to the page's CSP). */
function evaluate<T>(tab: Page, expression: string): Promise<T> {
  return tab.evaluate(expression) as Promise<T>;
}

function titleState(tab: Page): Promise<{ expanded: string | null; clamped: boolean; chars: number; focus: string }> {
  return evaluate(
    tab,
    `(() => {
    const title = document.getElementById('ticket-title');
    const more = document.querySelector('.ticket__title-controls .expandable__more');
    const focused = document.activeElement;
    return {
      expanded: more.getAttribute('aria-expanded'),
      clamped: title.classList.contains('is-clamped'),
      chars: title.textContent.length,
      focus: focused && focused.matches('.expandable__more') ? 'more' : focused && focused.matches('.expandable__less') ? 'less' : String(focused && focused.tagName),
    };
  })()`,
  );
}

/** Runs every check on a painted long-field page; returns the failures (none when all hold). */
export async function checkLongFieldPage(tab: Page, shape: PageShape, titleChars: number): Promise<string[]> {
  const problems: string[] = [];
  if (shape.pageWidth > shape.viewportWidth) problems.push(`the page is ${shape.pageWidth} px wide in a ${shape.viewportWidth} px viewport`);
  if (shape.titleHeight > shape.titleLineHeight * 3.5) problems.push(`the collapsed title is ${shape.titleHeight} px high (line ${shape.titleLineHeight} px)`);
  for (const [selector, text] of [
    ['.ticket__facts .badge', 'billing'],
    ['li.attachment .muted', 'kilobytes'],
  ]) {
    const verdict = await readsLeftToRight(tab, selector, text);
    if (verdict !== true) problems.push(`"${text}" after an override does not read left to right (${verdict})`);
  }
  if (!(await tab.$('.ticket__title-controls .expandable__more:not([hidden])'))) {
    problems.push('the long title has no "Show more" button');
    return problems;
  }
  await tab.focus('.ticket__title-controls .expandable__more');
  await tab.keyboard.press('Enter');
  let state = await titleState(tab);
  if (state.expanded !== 'true' || state.clamped) problems.push(`Enter on "Show more" left the title ${JSON.stringify(state)}`);
  for (let presses = 0; state.focus === 'more' && presses < 10; presses++) {
    await tab.keyboard.press('Enter');
    state = await titleState(tab);
  }
  if (state.chars !== titleChars || state.focus !== 'less') problems.push(`after "Show more" to the end: ${JSON.stringify(state)} (title ${titleChars} characters)`);
  await tab.keyboard.press('Space');
  state = await titleState(tab);
  if (!state.clamped || state.focus !== 'more') problems.push(`Space on "Show less" left the title ${JSON.stringify(state)}`);
  return problems;
}
