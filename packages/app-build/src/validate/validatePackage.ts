import { checkContent } from './checkContent';
import { checkImages } from './checkImages';
import { declaredLocations } from './checkLocations';
import { checkManifest } from './checkManifest';
import { checkParameters } from './checkParameters';
import { checkSvgs } from './checkSvg';
import { checkTestCode } from './checkTestCode';
import { checkTranslations } from './checkTranslations';
import { readPackage } from './readPackage';
import { createFindings, type AppPackage, type ValidationReport } from './types';

/**
 * Runs every offline upload rule of docs/platform/zaf.md §Upload validation on a package. Unlike Zendesk, which stops after a broken
 * manifest, it runs the file checks anyway so one run shows everything to fix. It also fails bundles that carry test code.
 */
function validateAppPackage(pkg: AppPackage): ValidationReport {
  const findings = createFindings();
  const manifest = checkManifest(pkg, findings);
  const parameterNames = manifest ? checkParameters(manifest, findings) : [];
  const products = [...new Set(declaredLocations(manifest?.location).map(([product]) => product))];
  checkTranslations(pkg, { isPrivate: manifest?.private !== false, products, parameterNames }, findings);
  checkContent(pkg, findings);
  // Our own rule, not Zendesk's: test mocks must not ship.
  checkTestCode(pkg, findings);
  checkSvgs(pkg, findings);
  checkImages(pkg, manifest?.location, findings);
  const all = findings.list();
  return {
    source: pkg.source,
    errors: all.filter((finding) => finding.severity === 'error'),
    warnings: all.filter((finding) => finding.severity === 'warning'),
  };
}

/** Reads and validates a built app folder or zip. */
export function validatePackage(path: string): ValidationReport {
  return validateAppPackage(readPackage(path));
}
