/**
 * `career-widgets/react`: React components for the widgets (`@lit/react`), with typed props and events.
 * Importing this module defines the tags. React is an optional peer dependency: only this entry needs it.
 *
 * ```tsx
 * import { CareerLadder } from 'career-widgets/react';
 * <CareerLadder current="entry" onStageChange={(e) => console.log(e.detail.stage)} />
 * ```
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { CareerCertificationPicker as PickerElement } from '../certification-picker/index.js';
import { CareerLadder as LadderElement } from '../ladder/index.js';
import { CareerProvider as ProviderElement } from '../provider/index.js';
import type { CareerEvent, CareerEventName } from '../shared/events.js';
import { CareerSkillsMatrix as MatrixElement } from '../skills-matrix/index.js';
import { CareerTitleExplorer as ExplorerElement } from '../title-explorer/index.js';
import './jsx.js';

const event = <K extends CareerEventName>(name: K) => name as EventName<CareerEvent<K>>;
const common = { onStageChange: event('career-stage-change'), onError: event('career-error') };

export const CareerProvider = createComponent({
  tagName: 'career-provider',
  elementClass: ProviderElement,
  react: React,
  events: common,
});

export const CareerLadder = createComponent({
  tagName: 'career-ladder',
  elementClass: LadderElement,
  react: React,
  events: common,
});

export const CareerCertificationPicker = createComponent({
  tagName: 'career-certification-picker',
  elementClass: PickerElement,
  react: React,
  events: { ...common, onCertificationSelect: event('career-certification-select') },
});

export const CareerTitleExplorer = createComponent({
  tagName: 'career-title-explorer',
  elementClass: ExplorerElement,
  react: React,
  events: { ...common, onTitleSelect: event('career-title-select') },
});

export const CareerSkillsMatrix = createComponent({
  tagName: 'career-skills-matrix',
  elementClass: MatrixElement,
  react: React,
  events: { ...common, onAssessmentChange: event('career-assessment-change') },
});
