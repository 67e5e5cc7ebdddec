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

/** Context key of `<career-provider>`. Not a global symbol: two copies of the library do not link. */
export const providerContext = createContext<ProviderValue | undefined>(Symbol('career-provider'));
