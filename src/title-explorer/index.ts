import { define } from '../shared/define.js';
import { CareerTitleExplorer } from './title-explorer.js';

define('career-title-explorer', CareerTitleExplorer);

export { CareerTitleExplorer };
