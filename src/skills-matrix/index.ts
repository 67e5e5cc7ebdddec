import { define } from '../shared/define.js';
import { CareerSkillsMatrix } from './skills-matrix.js';

define('career-skills-matrix', CareerSkillsMatrix);

export { CareerSkillsMatrix };
