/** English: settings problems and the admin view. */
export const admin = {} as const satisfies Record<string, string>;
