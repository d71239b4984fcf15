export * from './manifest';
export { defineAppConfig, writeZip } from './defineAppConfig';
