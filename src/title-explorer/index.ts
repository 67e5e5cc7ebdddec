import { define } from '../shared/define.js';
// The widgets' events typed on `HTMLElementEventMap` (a listener's `detail`) for a program that imports only this.
import '../shared/events.js';
import { CareerTitleExplorer } from './title-explorer.js';

define('career-title-explorer', CareerTitleExplorer);

export { CareerTitleExplorer };
