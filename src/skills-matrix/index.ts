import { define } from '../shared/define.js';
// The widgets' events typed on `HTMLElementEventMap` (a listener's `detail`) for a program that imports only this.
import '../shared/events.js';
import { CareerSkillsMatrix } from './skills-matrix.js';

define('career-skills-matrix', CareerSkillsMatrix);

export { CareerSkillsMatrix };
