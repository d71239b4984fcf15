// Ambient types for the CommonJS SDK, which ships none (docs/platform/pitfalls.md §The ZAF SDK package ships no types). Named `sdk-types.d.ts`, not
// `zaf.d.ts`: tsc silently ignores a .d.ts whose base name matches a .ts file (docs/platform/pitfalls.md §A .d.ts named like a .ts is ignored).
// Deliberately loose: `createZafClient.ts` is the one place that narrows the client to `ZafClient`.
declare module 'zendesk_app_framework_sdk' {
  interface ZAFClientFactory {
    /** Returns false when the page URL lacks `origin` and `app_guid` (opened outside Zendesk). */
    init(callback?: (registration: unknown) => void): object | false;
  }
  const factory: ZAFClientFactory;
  export default factory;
}
