import { type Decorator, type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { type ChildPart, Directive, directive } from 'lit/directive.js';
import { keyed } from 'lit/directives/keyed.js';
import { action } from 'storybook/actions';
// Written by `npm run analyze`, which `npm start` and `npm run build-storybook` run first.
import customElements from '../../custom-elements.json' with { type: 'json' };
import {
  applyManifestArgs,
  extractArgTypes,
  extractComponentDescription,
  type Manifest,
  setManifest,
  withTagNames,
} from './manifest.js';

const manifest = withTagNames(customElements as Manifest);
setCustomElementsManifest(manifest);
setManifest(manifest);

/** The story page behind the widgets, per theme (the `Dark` stories use the same colour). */
const BACKGROUND = { light: '#ffffff', dark: '#0b0d11' } as const;
type Theme = 'auto' | keyof typeof BACKGROUND;

/** Every event the widgets dispatch (SPEC §2), logged in the Actions panel. */
const EVENTS = [
  'career-stage-change',
  'career-certification-select',
  'career-title-select',
  'career-assessment-change',
  'career-error',
] as const;

/**
 * Runs a callback with the rendered story once Lit has committed it: placed after the story in a decorator's
 * template, its `update` runs after the story's elements exist, before Storybook's after-render hooks (the a11y
 * check), in story and docs mode alike. On a first render the template is still a detached fragment (the part's
 * `parentNode` is then the empty container), so the callback gets the node that holds the part's own marker.
 */
class AfterStory extends Directive {
  override render(_run: (root: ParentNode) => void) {
    return nothing;
  }
  override update(part: ChildPart, [run]: [(root: ParentNode) => void]) {
    run((part.startNode?.parentNode ?? part.parentNode) as ParentNode);
    return nothing;
  }
}
const afterStory = directive(AfterStory);

/** Where the page background of a story is: the body in story mode, the story's frame on a docs page. */
function backdropOf(canvas: HTMLElement, viewMode: string): HTMLElement | null {
  return viewMode === 'docs' ? canvas.closest<HTMLElement>('.docs-story') : document.body;
}

/**
 * The toolbar's Theme switch. Light or dark sets `theme` on every career-* element of the story (overriding the
 * story's own) and paints the story background to match; "Follow the system" leaves the story as written, on a
 * page that follows the system too. The story is re-created when the switch moves, so going back to "Follow the
 * system" restores its own `theme`.
 */
const withTheme: Decorator = (story, context) => {
  const theme = (context.globals.theme ?? 'auto') as Theme;
  const apply = (root: ParentNode) => {
    if (theme !== 'auto') {
      for (const el of root.querySelectorAll('*'))
        if (el.localName.startsWith('career-') && 'theme' in el) el.setAttribute('theme', theme);
    }
    // A story's page follows the system too (its text is CanvasText on Canvas), as the widgets do; a docs page keeps
    // Storybook's light frames.
    const page = document.documentElement.style;
    if (theme === 'auto' && context.viewMode !== 'docs') page.setProperty('color-scheme', 'light dark');
    else page.removeProperty('color-scheme');
    const backdrop = backdropOf(context.canvasElement, context.viewMode);
    if (!backdrop) return;
    if (theme === 'auto') {
      backdrop.style.removeProperty('background');
      backdrop.style.removeProperty('color-scheme');
    } else {
      // `important` so it wins over the backgrounds addon, whose rule is `!important` too.
      backdrop.style.setProperty('background', BACKGROUND[theme], 'important');
      backdrop.style.setProperty('color-scheme', theme);
    }
  };
  return html`${keyed(theme, story())}${afterStory(apply)}`;
};

/** Controls from the manifest that the story's render does not bind (see manifest.ts), and event logging. */
const logging = new WeakSet<Element>();
const withManifestArgs: Decorator = (story, context) => {
  const canvas = context.canvasElement;
  if (!logging.has(canvas)) {
    logging.add(canvas);
    for (const name of EVENTS) {
      const log = action(name);
      canvas.addEventListener(name, (e) => log((e as CustomEvent).detail, (e.target as Element).localName));
    }
  }
  return html`${story()}${afterStory((root) => applyManifestArgs(root, context))}`;
};

/** The viewports of the toolbar; a story pins one with `globals: { viewport: { value: 'narrow' } }`. */
const VIEWPORTS = {
  narrow: { name: 'Narrow phone (320 px)', styles: { width: '320px', height: '640px' } },
  phone: { name: 'Phone (390 px)', styles: { width: '390px', height: '844px' } },
  tablet: { name: 'Tablet (768 px)', styles: { width: '768px', height: '1024px' } },
  laptop: { name: 'Laptop (1024 px)', styles: { width: '1024px', height: '768px' } },
  desktop: { name: 'Desktop (1280 px)', styles: { width: '1280px', height: '900px' } },
} as const;

/**
 * A docs page shows its stories inline, where the viewport addon does not reach: a story that pins a viewport (the
 * Narrow ones) gets that width there too, so the page shows what the story is about.
 */
const withDocsViewport: Decorator = (story, context) => {
  const pinned = (context.storyGlobals?.viewport as { value?: string } | undefined)?.value;
  const width = VIEWPORTS[pinned as keyof typeof VIEWPORTS]?.styles.width;
  if (context.viewMode !== 'docs' || !width) return story();
  context.canvasElement.style.setProperty('max-width', width);
  return story();
};

/** The axe rules of WCAG 2.0, 2.1 and 2.2, levels A and AA: the same set test/storybook/smoke.js enforces. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const preview: Preview = {
  decorators: [withManifestArgs, withTheme, withDocsViewport],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { extractArgTypes, extractComponentDescription, toc: { headingSelector: 'h2, h3' } },
    a11y: { test: 'error', options: { runOnly: { type: 'tag', values: WCAG_AA } } },
    backgrounds: {
      options: {
        light: { name: 'Light', value: BACKGROUND.light },
        dark: { name: 'Dark', value: BACKGROUND.dark },
      },
    },
    viewport: { options: VIEWPORTS },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Theming',
          'Custom data',
          'Catalogue',
          'Widgets',
          ['Ladder', 'Certification picker', 'Skills matrix', 'Title explorer'],
        ],
      },
    },
  },
  globalTypes: {
    theme: {
      description: 'Colour scheme of the widgets and the page behind them',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'auto', icon: 'contrast', title: 'Follow the system (theme absent)' },
          { value: 'light', icon: 'sun', title: 'Light (theme="light")' },
          { value: 'dark', icon: 'moon', title: 'Dark (theme="dark")' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'auto' },
  tags: ['autodocs'],
};
export default preview;
