// Test helpers for app-kit and the apps. Never exported from app-kit's index: nothing here may reach a bundle.
export {
  renderApp,
  createTestQueryClient,
  type RenderAppOptions,
  type RenderAppResult,
  type HostSettingValue,
  type HostUser,
  type SandboxTokens,
} from './renderApp';
export { setupSandboxServer, cutNetwork, requestPaths, requestUrls, type SandboxServer } from './sandboxServer';
// The English text of a message key with its values, as the app shows it to an English-speaking agent.
export { text as english } from '@sell-bridge/ui/testing';
export { sellAppSettings, chatInSellSettings } from './hostSettings';
