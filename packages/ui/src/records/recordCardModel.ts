import type { FieldRow } from '@sell-bridge/core';

/** The card kinds the sidebars show for a matched record. */
export type RecordCardKind = 'lead' | 'person' | 'company';

/** A record shown as a link only: a person's company. */
export interface RecordLink {
  id: number;
  name: string;
  /** The record's page in Sell (`sellRecordUrl`); dropped unless it is an http(s) link. */
  href: string;
}

/** A deal listed under its contact: its name, Sell link, and the rows of the deal widget layout. */
export interface DealItemModel {
  id: number;
  name: string;
  href: string;
  rows: FieldRow[];
}

/** Everything a record card renders, already formatted: plain text and vetted links only. */
export interface RecordCardModel {
  kind: RecordCardKind;
  id: number;
  name: string;
  /** The owner's name, or null when the record has none (or the owner is unknown). */
  ownerName: string | null;
  href: string;
  /** The rows of the widget layout for this kind (`toFieldRows`). */
  rows: FieldRow[];
  /** A person's company, when it has one the viewer may see. */
  company?: RecordLink | null;
  /** Persons and companies: their deals; undefined for leads (which have none). */
  deals?: DealItemModel[];
  /** The deals could not be loaded: say so instead of implying there are none. */
  dealsFailed?: boolean;
}

/** Cards for one conversation: the best match, the others, and how many more Sell found than are shown. */
export interface MatchListModel {
  primary: RecordCardModel;
  others: RecordCardModel[];
  moreCount: number;
}
