export * from './manifest';
export { contentSecurityPolicy, defineAppConfig, writeZip } from './defineAppConfig';
