import { define } from '../shared/define.js';
import { CareerProvider } from './provider.js';

define('career-provider', CareerProvider);

export { CareerProvider };
