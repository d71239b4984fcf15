/**
 * One word per concept and language: an English term in a message must come out as this word in every translation,
 * so agents never wonder whether "担当者" and "所有者" are two different things. Checked over the UI catalogs and the
 * apps' manifest texts (packages/ui/src/i18n/glossary.test.ts). Matching is case-insensitive and on the word's stem.
 */
export const GLOSSARY: Readonly<Record<string, { en: RegExp; fr: string; es: string; de: string; ja: string }>> = {
  owner: { en: /\bowners?\b/i, fr: 'propriétaire', es: 'propietari', de: 'inhaber', ja: '担当者' },
  tag: { en: /\btags?\b/i, fr: 'étiquette', es: 'etiqueta', de: 'tag', ja: 'タグ' },
  deal: { en: /\bdeals?\b/i, fr: 'opportunité', es: 'oportunidad', de: 'deal', ja: '商談' },
  distribution: { en: /\bdistributions?\b(?!:)/i, fr: 'distribution', es: 'distribuci', de: 'verteilung', ja: '振り分け' },
  transcript: { en: /\btranscripts?\b/i, fr: 'transcription', es: 'transcripci', de: 'transkript', ja: 'トランスクリプト' },
};
