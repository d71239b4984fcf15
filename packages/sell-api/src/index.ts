// Typed Sell / Chat / Support REST clients over an injected Transport (docs/architecture.md §2).
export * from './transport';
export * from './createFetchTransport';
export * from './sellApiError';
export * from './toApiError';
export * from './retry';
export * from './createRateLimiter';
export * from './createReferenceCache';
export type { ApiRequest, ApiResponse, ClientOptions, Requester } from './createRequester';
export { SELL_PER_PAGE, unwrapCollection, unwrapItem } from './sellEnvelope';
export type { ListOptions, ProgressCallback, SellPage } from './sellEnvelope';
export type { PhoneQuery, SearchOutcome } from './sellSearch';
export { fallbackNationalNumber } from './sellSearch';
export * from './createSellClient';
export { slimUser, type SellUserCalls } from './sellUsers';
export * from './createChatClient';
export * from './createSupportClient';
export * from './chat';
