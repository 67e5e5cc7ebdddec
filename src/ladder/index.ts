import { define } from '../shared/define.js';
// The widgets' events typed on `HTMLElementEventMap` (a listener's `detail`) for a program that imports only this.
import '../shared/events.js';
import { CareerLadder } from './ladder.js';

define('career-ladder', CareerLadder);

export { CareerLadder };
