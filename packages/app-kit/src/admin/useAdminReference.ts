import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { fieldCatalog, type FieldDef, type SellCustomFieldDef, type WidgetKind } from '@sell-bridge/core';
import { useServices } from '../services';

/** Sell's lists the settings form offers, and the field catalog of each widget. */
export interface AdminReference {
  /** Lead status and source names; null while loading or after a failure. */
  statuses: string[] | null;
  sources: string[] | null;
  /** The failure behind missing lists (an API error), or null. */
  listsError: unknown;
  catalogs: Record<WidgetKind, FieldDef[]>;
  /** Custom fields are known (or failed): until then a custom field in a layout cannot be told from a deleted one. */
  customSettled: boolean;
  /** Custom fields could not be loaded: the catalogs hold standard fields only. */
  customFailed: boolean;
}

const NONE: readonly SellCustomFieldDef[] = [];

/**
 * Loads lead statuses and sources (the form's choices) and the custom field definitions of leads, contacts and deals
 * (the layout editor's catalog). The two are separate queries: without custom fields the editor still offers the
 * standard ones. `withLayout` false (an app without cards) skips the definitions.
 */
export function useAdminReference(enabled: boolean, withLayout = true): AdminReference {
  const { sell } = useServices();
  const lists = useQuery({
    queryKey: ['admin', 'lead-lists'],
    enabled,
    queryFn: async ({ signal }) => {
      const [statuses, sources] = await Promise.all([sell.listLeadStatuses({ signal }), sell.listLeadSources({ signal })]);
      return { statuses: statuses.map((status) => status.name), sources: sources.map((source) => source.name) };
    },
  });
  const custom = useQuery({
    queryKey: ['admin', 'custom-fields'],
    // Only an app with record cards edits a layout.
    enabled: enabled && withLayout,
    queryFn: async ({ signal }) => {
      const [lead, contact, deal] = await Promise.all([
        sell.listCustomFields('lead', { signal }),
        sell.listCustomFields('contact', { signal }),
        sell.listCustomFields('deal', { signal }),
      ]);
      return { lead, contact, deal };
    },
  });
  const fields = custom.data;
  const catalogs = useMemo(
    () => ({
      lead: fieldCatalog('lead', fields?.lead ?? NONE),
      person: fieldCatalog('person', fields?.contact ?? NONE),
      company: fieldCatalog('company', fields?.contact ?? NONE),
      deal: fieldCatalog('deal', fields?.deal ?? NONE),
    }),
    [fields],
  );
  return {
    statuses: lists.data?.statuses ?? null,
    sources: lists.data?.sources ?? null,
    listsError: lists.isError ? lists.error : null,
    catalogs,
    customSettled: !custom.isPending,
    customFailed: custom.isError,
  };
}
