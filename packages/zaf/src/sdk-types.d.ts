// Ambient types for the CommonJS SDK, which ships none (docs/platform.md §5.1). Named `sdk-types.d.ts`, not
// `zaf.d.ts`: tsc silently ignores a .d.ts whose base name matches a .ts file (docs/platform.md §5.3).
// Deliberately loose: `createZafClient.ts` is the one place that narrows the client to `ZafClient`.
declare module 'zendesk_app_framework_sdk' {
  interface ZAFClientFactory {
    /** Returns false when the page URL lacks `origin` and `app_guid` (opened outside Zendesk). */
    init(callback?: (registration: unknown) => void): object | false;
  }
  const factory: ZAFClientFactory;
  export default factory;
}
