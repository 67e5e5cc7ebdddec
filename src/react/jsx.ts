/**
 * JSX typings for the `career-*` tags, so `<career-ladder stage="mid">` type-checks in React projects that use the
 * elements directly (without the wrappers). Imported by `career-widgets/react`; the types need nothing at runtime.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CareerCertificationPicker } from '../certification-picker/certification-picker.js';
import type { Dataset, DatasetInput } from '../data/schema.js';
import type { CareerLadder } from '../ladder/ladder.js';
import type { CareerProvider } from '../provider/provider.js';
import type { CareerSkillsMatrix } from '../skills-matrix/skills-matrix.js';
import type { CareerTitleExplorer } from '../title-explorer/title-explorer.js';

/** What the provider and every widget take (SPEC §2). */
interface DataAttributes {
  /** A dataset object. React 19 sets it as the element's property; React 18, as an attribute (use the wrappers). */
  data?: DatasetInput | Dataset | null;
  src?: string;
  stage?: string;
}
/** Attributes every widget takes (SPEC §2). */
interface SharedAttributes extends DataAttributes {
  theme?: 'light' | 'dark';
}
type Tag<E extends HTMLElement, A> = DetailedHTMLProps<HTMLAttributes<E>, E> & A;

export interface CareerIntrinsicElements {
  'career-provider': Tag<CareerProvider, DataAttributes>;
  'career-ladder': Tag<
    CareerLadder,
    SharedAttributes & { current?: string; orientation?: 'horizontal' | 'vertical'; compact?: boolean }
  >;
  'career-certification-picker': Tag<
    CareerCertificationPicker,
    SharedAttributes & {
      mode?: 'browse' | 'guide' | 'compare';
      methodology?: string;
      years?: number | string;
      'valued-in'?: string;
      selected?: string;
    }
  >;
  'career-skills-matrix': Tag<
    CareerSkillsMatrix,
    SharedAttributes & { category?: string; assess?: boolean; target?: string; 'storage-key'?: string }
  >;
  'career-title-explorer': Tag<
    CareerTitleExplorer,
    SharedAttributes & { query?: string; tier?: string; selected?: string; 'sync-url'?: boolean }
  >;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CareerIntrinsicElements {}
  }
}
