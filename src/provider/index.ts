import { define } from '../shared/define.js';
// The widgets' events typed on `HTMLElementEventMap` (a listener's `detail`) for a program that imports only this.
import '../shared/events.js';
import { CareerProvider } from './provider.js';

define('career-provider', CareerProvider);

export { CareerProvider };
