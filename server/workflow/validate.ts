import Value from 'typebox/value';
import {
  requestTypes,
  WorkflowDefinitionSchema,
  type WorkflowDefinition,
} from '../../shared/schema';

/**
 * What is wrong with a definition someone wants to publish, each problem a sentence; empty when
 * it may be published. Besides its shape: every request type has exactly one chain, each chain
 * starts with an unconditional step (so every request reaches someone), a chain that checks
 * authority ends with a role whose authority has no limit (so every request can be approved by
 * someone), and each role has at most one authority limit.
 */
export function workflowDefinitionProblems(candidate: unknown): string[] {
  if (!Value.Check(WorkflowDefinitionSchema, candidate)) {
    return [...Value.Errors(WorkflowDefinitionSchema, candidate)]
      .slice(0, 10)
      .map((error) => `${error.instancePath || '/'} ${error.message}`);
  }
  const definition: WorkflowDefinition = candidate;
  const problems: string[] = [];
  for (const type of requestTypes) {
    const chains = definition.requestTypes.filter((workflow) => workflow.type === type);
    if (chains.length !== 1)
      problems.push(`${type} needs exactly one chain, not ${chains.length}.`);
  }
  const roles = definition.authority.map((limit) => limit.role);
  for (const role of new Set(roles)) {
    if (roles.filter((held) => held === role).length > 1) {
      problems.push(`${role} has more than one authority limit.`);
    }
  }
  for (const workflow of definition.requestTypes) {
    const first = workflow.steps[0];
    if (first && first.when.length > 0) {
      problems.push(
        `The first step of ${workflow.type} must apply to every request (no condition).`,
      );
    }
    const last = workflow.steps.at(-1);
    const lastLimit = definition.authority.find((limit) => limit.role === last?.role);
    const unlimited = lastLimit?.maxDiscountPercent === 100 && lastLimit.maxAmountMinor === null;
    if (workflow.checksAuthority && !unlimited) {
      problems.push(
        `${workflow.type} checks authority, so its last step needs a role with no limit (100 % and no maximum amount).`,
      );
    }
  }
  return problems;
}
