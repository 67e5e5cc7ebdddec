import { define } from '../shared/define.js';
// The widgets' events typed on `HTMLElementEventMap` (a listener's `detail`) for a program that imports only this.
import '../shared/events.js';
import { CareerCertificationPicker } from './certification-picker.js';

define('career-certification-picker', CareerCertificationPicker);

export type { PickerMode } from './certification-picker.js';
export { CareerCertificationPicker };
