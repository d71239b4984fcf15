/** English: the lead form, owners and validation. */
export const lead = {} as const satisfies Record<string, string>;
