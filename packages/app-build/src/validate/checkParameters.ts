import { isRecord, type Findings } from './types';

const FILE = 'manifest.json';
/** Parameter types Zendesk accepts (docs/platform/zaf.md §Manifest fields); `mtls` only where Zendesk enables it. */
const PARAMETER_TYPES = ['text', 'checkbox', 'url', 'number', 'multiline', 'hidden', 'oauth'];
/** Values allowed in a secure parameter's `scopes`. */
const SCOPES = ['header', 'body', 'url', 'jwt_secret_key', 'jwt_claim', 'basic_auth_username', 'basic_auth_password'];
const OAUTH_FIELDS = ['client_id', 'client_secret', 'authorize_uri', 'access_token_uri'];
// Zendesk warns about plain text settings whose names suggest a secret (docs/platform/zaf.md §Forbidden and flagged content).
const SECRET_NAME = /token|key|pwd|password/i;
const HOSTNAME = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;

interface Parameter {
  name: string;
  type: string;
  raw: Record<string, unknown>;
}

function readParameters(value: unknown, findings: Findings): Parameter[] {
  if (!Array.isArray(value)) return [];
  const parameters: Parameter[] = [];
  value.forEach((raw: unknown, index) => {
    if (!isRecord(raw) || typeof raw.name !== 'string' || raw.name === '') {
      findings.error('parameter.invalid-shape', FILE, `parameters[${index}] must be an object with a non-empty string name.`);
      return;
    }
    const type = raw.type === undefined ? 'text' : raw.type;
    if (typeof type !== 'string') {
      findings.error('parameter.invalid-type', FILE, `parameter "${raw.name}": type must be a string.`);
      return;
    }
    parameters.push({ name: raw.name, type, raw });
  });
  return parameters;
}

function checkMtls(parameters: Parameter[], findings: Findings): void {
  const mtls = parameters.filter((p) => p.type === 'mtls');
  if (mtls.length === 0) return;
  findings.warn('parameter.mtls', FILE, 'mtls parameters only validate on accounts where Zendesk has enabled them.');
  if (mtls.length > 3) findings.error('parameter.mtls', FILE, 'at most 3 mtls parameters are allowed.');
  for (const { name, raw } of mtls) {
    if (raw.secure !== undefined || raw.default !== undefined || raw.scopes !== undefined) {
      findings.error('parameter.mtls', FILE, `mtls parameter "${name}" cannot have secure, default or scopes.`);
    }
    const domain = raw.allowed_domain;
    if (typeof domain !== 'string' || domain.length > 253 || !HOSTNAME.test(domain)) {
      findings.error('parameter.mtls', FILE, `mtls parameter "${name}" needs allowed_domain as a bare host name.`);
    }
  }
}

function checkScopes(scopes: unknown, secure: boolean, fail: (rule: string, message: string) => void): void {
  if (!secure) fail('parameter.scopes-not-secure', 'has scopes, which only secure parameters may have.');
  else if (!Array.isArray(scopes) || scopes.length === 0) fail('parameter.invalid-scopes', 'needs scopes as a non-empty array.');
  else {
    const bad = scopes.filter((scope) => typeof scope !== 'string' || !SCOPES.includes(scope));
    if (bad.length > 0) fail('parameter.invalid-scopes', `has scopes ${JSON.stringify(bad)}; allowed: ${SCOPES.join(', ')}.`);
  }
}

function checkOne({ name, type, raw }: Parameter, findings: Findings): void {
  const fail = (rule: string, message: string): void => findings.error(rule, FILE, `parameter "${name}" ${message}`);
  const warn = (rule: string, message: string): void => findings.warn(rule, FILE, `parameter "${name}" ${message}`);
  if (!PARAMETER_TYPES.includes(type) && type !== 'mtls') {
    fail('parameter.invalid-type', `has type "${type}"; allowed: ${PARAMETER_TYPES.join(', ')}.`);
  }
  for (const flag of ['required', 'secure']) {
    if (raw[flag] !== undefined && typeof raw[flag] !== 'boolean') fail('parameter.wrong-type', `has ${flag} that is not true or false.`);
  }
  const secure = raw.secure === true;
  if (name === 'name') fail('parameter.reserved-name', 'uses a reserved name: no parameter may be called "name".');
  if (type === 'hidden' && raw.required === true) fail('parameter.hidden-required', 'is hidden, so it cannot be required.');
  if (type === 'oauth' && secure) fail('parameter.oauth-secure', 'is of type oauth, so it cannot be secure (Zendesk keeps the token).');
  if (raw.scopes !== undefined) checkScopes(raw.scopes, secure, fail);
  // Warnings Zendesk shows on upload (docs/platform/zaf.md §Forbidden and flagged content).
  if (type === 'text' && !secure && SECRET_NAME.test(name)) {
    warn('settings.insecure-name', 'looks like a secret but is not secure: set "secure": true so browsers never see it.');
  }
  if (raw.default !== undefined && (secure || type === 'hidden')) {
    warn('settings.default-on-secure', 'is secure or hidden and should not have a default value.');
  }
  if (secure && raw.scopes === undefined) warn('settings.no-scopes', 'is secure but has no scopes; limit where it may be substituted.');
}

/**
 * Checks `parameters` and the `oauth` block (docs/platform/zaf.md §Manifest and location rules) and adds the secure-settings warnings of docs/platform/zaf.md §Forbidden and flagged content.
 * Returns the parameter names, for the translation checks.
 */
export function checkParameters(manifest: Record<string, unknown>, findings: Findings): string[] {
  const fail = (rule: string, message: string): void => findings.error(rule, FILE, message);
  const parameters = readParameters(manifest.parameters, findings);
  const names = parameters.map((p) => p.name);
  const duplicates = [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
  if (duplicates.length > 0) fail('parameter.duplicate', `parameters declared twice: ${duplicates.join(', ')}.`);
  for (const parameter of parameters) checkOne(parameter, findings);
  checkMtls(parameters, findings);

  const oauthParameters = parameters.filter((p) => p.type === 'oauth');
  if (oauthParameters.length > 1) fail('parameter.too-many-oauth', `only one oauth parameter is allowed, found ${oauthParameters.length}.`);
  const { oauth } = manifest;
  if (oauth !== undefined) {
    const block = isRecord(oauth) ? oauth : {};
    const missing = OAUTH_FIELDS.filter((field) => typeof block[field] !== 'string' || block[field] === '');
    if (missing.length > 0) fail('oauth.missing-field', `oauth is missing ${missing.join(', ')}.`);
    if (oauthParameters.length === 0) fail('oauth.missing-parameter', 'the oauth block needs a parameter of type "oauth" for the token.');
  } else if (oauthParameters.length > 0) {
    // Zendesk's gem accepts this, but installation could never authorise: there is no client to ask.
    fail('oauth.missing-block', `parameter "${oauthParameters[0]?.name}" is of type oauth but the manifest has no oauth block.`);
  }
  return names;
}
