import { readFileSync } from 'node:fs';
import { OUTPUTS, STACK_NAME } from '../../../infra/stack-outputs';
import { functionArnFromOutputs, MANIFEST_SOURCE, withEndpoint } from '../../../tools/set-endpoint';

const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:Steady-SkillFunction4ADF40E6-AbCdEf123456';

function outputs(functionArn: unknown): unknown {
  return { [STACK_NAME]: { [OUTPUTS.functionArn]: functionArn, [OUTPUTS.tableName]: 'Steady-PracticeTable-XYZ' } };
}

describe('functionArnFromOutputs', () => {
  it('reads the function ARN from `cdk deploy --outputs-file`', () => {
    expect(functionArnFromOutputs(outputs(ARN))).toBe(ARN);
  });

  it.each([
    ['no outputs file content', {}, /--outputs-file/],
    ['no function ARN', outputs(undefined), /SkillFunctionArn/],
    ['something else', outputs('arn:aws:iam::123456789012:role/Steady'), /not a Lambda function ARN/],
    ['a region Alexa cannot call', outputs(ARN.replace('us-east-1', 'eu-central-1')), /eu-central-1.*us-east-1/],
  ])('refuses %s', (_case, given, message) => {
    expect(() => functionArnFromOutputs(given)).toThrow(message);
  });
});

describe('withEndpoint', () => {
  it('puts the ARN in the custom endpoint of a copy of the manifest', () => {
    const manifest = JSON.parse(readFileSync(MANIFEST_SOURCE, 'utf8'));
    const before = structuredClone(manifest);
    const deployable = withEndpoint(manifest, ARN);
    expect(deployable.manifest.apis.custom.endpoint).toEqual({ uri: ARN });
    expect({ ...deployable.manifest, apis: before.manifest.apis }).toEqual(before.manifest);
    expect(manifest).toEqual(before);
  });
});
