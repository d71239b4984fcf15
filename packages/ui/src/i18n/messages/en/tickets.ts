/** English: Support tickets on Sell cards. */
export const tickets = {} as const satisfies Record<string, string>;
