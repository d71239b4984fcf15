export { AppShell, type AppShellProps, type LocationLoaders } from './AppShell';
export { ServicesProvider, useServices, type Services, type ServiceClientOptions } from './services';
export { useSettings } from './useSettings';
export { useSellMatch, findSellMatch, type SellMatch } from './useSellMatch';
export { errorState, type ErrorState } from './errorState';
export { SellSidebar } from './sidebar/SellSidebar';
export type { ConversationIdentity } from './useSellMatch';
