import type { Finding, ValidationReport } from './types';

function lines(findings: Finding[], mark: string): string[] {
  return findings.map(({ file, message, rule }) => `  ${mark} ${file}: ${message} [${rule}]`);
}

/** Renders one package's result for a terminal: a status line, then errors, then warnings. */
export function formatReport(report: ValidationReport): string {
  const { source, errors, warnings } = report;
  const status = errors.length > 0 ? 'FAIL' : 'ok  ';
  const counts = `${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`;
  const body = [...lines(errors, 'error'), ...(warnings.length > 0 ? lines(warnings, 'warn ') : [])];
  return [`${status} ${source} (${counts})`, ...body].join('\n');
}
