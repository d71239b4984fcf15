/** English: Chat-in-Sell: the top bar and chat history. */
export const chat = {} as const satisfies Record<string, string>;
