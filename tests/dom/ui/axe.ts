/**
 * Runs axe-core over a rendered component in happy-dom. Colour contrast needs real rendering and
 * is checked in the browsers instead (axe reports it as "incomplete" here, not as a pass).
 */
import axe from 'axe-core';

/** The violations axe finds in `root`, as "rule: target" lines (empty when there are none). */
export async function axeViolations(root: Element): Promise<string[]> {
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
  return result.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} (${violation.help})`),
  );
}
