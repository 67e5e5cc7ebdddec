/**
 * JSX typings for the `career-*` tags, so `<career-ladder stage="mid">` type-checks in React projects that use the
 * elements directly (without the wrappers). Imported by `career-widgets/react`; the types need nothing at runtime.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CareerCertificationPicker } from '../certification-picker/certification-picker.js';
import type { Dataset, DatasetInput } from '../data/schema.js';
import type { CareerLadder } from '../ladder/ladder.js';
import type { CareerProvider } from '../provider/provider.js';
import type { CareerEvent, CareerEventName } from '../shared/events.js';
import type { CareerSkillsMatrix } from '../skills-matrix/skills-matrix.js';
import type { CareerTitleExplorer } from '../title-explorer/title-explorer.js';

/**
 * A listener on a bare tag: React 19 adds a prop named `on` + the event's name (`oncareer-stage-change`) as a
 * listener for that event.
 */
type On<K extends CareerEventName> = { [P in `on${K}`]?: (event: CareerEvent<K>) => void };

/**
 * What the provider and every widget take (SPEC §2). React 19 sets a prop the element has as its property, so
 * `null` clears it as the element's own properties allow; React 18 sets attributes only (use the wrappers).
 */
type DataAttributes = {
  /** A dataset object (React 19; React 18 would write it to an attribute). */
  data?: DatasetInput | Dataset | null;
  src?: string | null;
  stage?: string | null;
} & On<'career-stage-change'> &
  On<'career-error'>;
/** Attributes every widget takes (SPEC §2). */
type SharedAttributes = DataAttributes & { theme?: 'light' | 'dark' };
type Tag<E extends HTMLElement, A> = DetailedHTMLProps<HTMLAttributes<E>, E> & A;

export interface CareerIntrinsicElements {
  'career-provider': Tag<CareerProvider, DataAttributes>;
  'career-ladder': Tag<
    CareerLadder,
    SharedAttributes & {
      current?: string | null;
      orientation?: 'horizontal' | 'vertical';
      compact?: boolean;
    }
  >;
  'career-certification-picker': Tag<
    CareerCertificationPicker,
    SharedAttributes &
      On<'career-certification-select'> & {
        mode?: 'browse' | 'guide' | 'compare';
        methodology?: string | null;
        years?: number | string | null;
        'valued-in'?: string | null;
        /** Comma-separated ids, or a list of them. */
        selected?: string | readonly string[];
      }
  >;
  'career-skills-matrix': Tag<
    CareerSkillsMatrix,
    SharedAttributes &
      On<'career-assessment-change'> & {
        category?: string | null;
        assess?: boolean;
        target?: string | null;
        'storage-key'?: string | null;
      }
  >;
  'career-title-explorer': Tag<
    CareerTitleExplorer,
    SharedAttributes &
      On<'career-title-select'> & {
        query?: string | null;
        tier?: string | null;
        selected?: string | null;
        'sync-url'?: boolean;
      }
  >;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CareerIntrinsicElements {}
  }
}
