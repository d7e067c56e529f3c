import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Validations } from 'aws-cdk-lib';
import { ManagedPolicy, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { buildSteadyApp } from './steady-app-fixture';

interface ValidationReport {
  pluginReports: Array<{ violations?: unknown[] }>;
}

function acknowledgements(scope: ReturnType<typeof buildSteadyApp>['stack']): Record<string, string> {
  return Object.assign(
    {},
    ...scope.node
      .findAll()
      .flatMap((construct) => construct.node.metadata)
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .map((entry) => entry.data as Record<string, string>),
  );
}

describe('cdk-nag AwsSolutions checks', () => {
  let steady: ReturnType<typeof buildSteadyApp>;
  beforeAll(() => {
    steady = buildSteadyApp();
  });

  it('pass at synth with every error and warning fixed or acknowledged', () => {
    const assembly = steady.app.synth();
    const report = JSON.parse(readFileSync(path.join(assembly.directory, 'validation-report.json'), 'utf8')) as ValidationReport;
    expect(report.pluginReports.flatMap((plugin) => plugin.violations ?? [])).toEqual([]);
  });

  it("acknowledge only the Node.js 22 runtime, the public content's and the deploy-time secrets' reasoned exceptions, each with a written reason", () => {
    const acknowledged = acknowledgements(steady.stack);
    expect(Object.keys(acknowledged).sort()).toEqual([
      'AwsSolutions::AwsSolutions-CFR1',
      'AwsSolutions::AwsSolutions-CFR2',
      'AwsSolutions::AwsSolutions-CFR4',
      'AwsSolutions::AwsSolutions-L1',
      'AwsSolutions::AwsSolutions-S1',
      'AwsSolutions::AwsSolutions-SMG4',
    ]);
    for (const reason of Object.values(acknowledged)) expect(reason.length).toBeGreaterThan(40);
  });

  it('run at every synth: a role with an AWS managed policy stops it', () => {
    const { app, stack } = buildSteadyApp();
    new Role(stack, 'Broad', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      managedPolicies: [ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess')],
    });
    expect(() => app.synth()).toThrow(/AwsSolutions-IAM4/);
  });
});
