/** English: record cards, fields and values. */
export const records = {} as const satisfies Record<string, string>;
