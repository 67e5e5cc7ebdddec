import { define } from '../shared/define.js';
import { CareerCertificationPicker } from './certification-picker.js';

define('career-certification-picker', CareerCertificationPicker);

export type { PickerMode } from './certification-picker.js';
export { CareerCertificationPicker };
