export { validateAppPackage, validatePackage } from './validatePackage';
export { readPackage, readPackageDir, readPackageZip } from './readPackage';
export { formatReport } from './formatReport';
export { findDuplicateKeys } from './findDuplicateKeys';
export { readPngSize } from './checkImages';
export type { AppPackage, Finding, Severity, ValidationReport } from './types';
export { runCli, defaultTargets, APP_IDS } from './runCli';
