import { createContext } from '@lit/context';
import type { Dataset } from '../data/schema.js';
import type { DataError } from '../data/validate.js';

/** Where a widget's dataset stands. */
export type DatasetState =
  | { status: 'loading' }
  | { status: 'ready'; dataset: Dataset }
  | { status: 'error'; errors: DataError[] };

/**
 * A dataset state as a `<career-provider>` shares it: `default` when the provider has neither `data` nor `src`, so
 * each widget uses its own bundled default data (which holds just what that widget reads).
 */
export type SharedDatasetState = DatasetState | { status: 'default' };

/** What a `<career-provider>` shares with the widgets inside it. A new object on every change. */
export interface ProviderValue {
  state: SharedDatasetState;
  /** The selected stage id of the linked widgets. */
  stage: string | null;
  /** Selects a stage in every linked widget (no event: the widget the reader used fires its own). */
  selectStage(stage: string | null): void;
}

/**
 * Context key of `<career-provider>`: a global symbol, so that a provider and a widget from two copies of the library
 * on one page (an app's npm build next to a blog's CDN bundle) link. Its version names the shape of
 * {@link ProviderValue} and of the dataset it carries: change it when either changes incompatibly, so that copies
 * which could not read each other's value do not link.
 */
export const providerContext = createContext<ProviderValue | undefined>(
  Symbol.for('career-widgets.provider.v1'),
);
