import { DEFAULT_FIELD_LAYOUT } from './defaultLayouts';
import { referenceNeeds } from './referenceNeeds';
import type { FieldLayout } from '../settings-types';

type Widgets = Partial<Record<'lead' | 'person' | 'company' | 'deal', readonly string[]>>;

const layout = (widgets: Widgets): FieldLayout => ({
  ...DEFAULT_FIELD_LAYOUT,
  lead: [],
  person: [],
  company: [],
  deal: [],
  ...Object.fromEntries(Object.entries(widgets).map(([kind, keys]) => [kind, [...keys]])),
});

describe('referenceNeeds', () => {
  it('needs lead sources and stages, and no custom field definitions, for the default layout', () => {
    expect(referenceNeeds(DEFAULT_FIELD_LAYOUT)).toEqual({
      leadSources: true,
      stages: true,
      customFields: { lead: false, contact: false, deal: false },
    });
  });

  it.each([
    ['nothing for empty widgets', {}, { leadSources: false, stages: false, customFields: { lead: false, contact: false, deal: false } }],
    ['lead sources for a lead source', { lead: ['email', 'source'] }, { leadSources: true, stages: false, customFields: { lead: false, contact: false, deal: false } }],
    ['no lead sources for a deal source', { deal: ['source'] }, { leadSources: false, stages: false, customFields: { lead: false, contact: false, deal: false } }],
    ['stages for a deal stage', { deal: ['stage'] }, { leadSources: false, stages: true, customFields: { lead: false, contact: false, deal: false } }],
    ['lead definitions for a lead custom field', { lead: ['custom:Budget'] }, { leadSources: false, stages: false, customFields: { lead: true, contact: false, deal: false } }],
    ['contact definitions for a person custom field', { person: ['custom:Tier'] }, { leadSources: false, stages: false, customFields: { lead: false, contact: true, deal: false } }],
    ['contact definitions for a company custom field', { company: ['custom:Tier'] }, { leadSources: false, stages: false, customFields: { lead: false, contact: true, deal: false } }],
    ['deal definitions for a deal custom field', { deal: ['custom:Region'] }, { leadSources: false, stages: false, customFields: { lead: false, contact: false, deal: true } }],
  ] as const)('asks for %s', (_, widgets, expected) => {
    expect(referenceNeeds(layout(widgets))).toEqual(expected);
  });
});
