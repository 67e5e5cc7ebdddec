import { define } from '../shared/define.js';
import { CareerLadder } from './ladder.js';

define('career-ladder', CareerLadder);

export { CareerLadder };
