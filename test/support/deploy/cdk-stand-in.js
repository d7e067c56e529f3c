#!/usr/bin/env node
// A stand-in for `cdk deploy` (and for `npm run render-tracks`) in the deploy tests: it records how
// it was called and writes the outputs file the real CDK writes, with no AWS account.
const { appendFileSync, mkdirSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const args = process.argv.slice(2);
appendFileSync(process.env.STAND_IN_LOG, `${JSON.stringify({ args, region: process.env.AWS_REGION, skillId: process.env.SKILL_ID })}\n`);
if (process.env.STAND_IN_FAIL === args[0]) {
  process.exit(3);
}
if (args[0] === 'deploy') {
  const outputsFile = args[args.indexOf('--outputs-file') + 1];
  const skillId = args[args.indexOf('-c') + 1].replace(/^skillId=/, '');
  const outputs = {
    Steady: {
      SkillFunctionArn: `arn:aws:lambda:${process.env.AWS_REGION}:123456789012:function:Steady-SkillFunction4ADF40E6-AbCdEf123456`,
      TableName: 'Steady-PracticeTable-XYZ',
      ...(process.env.STAND_IN_NO_PUBLIC_URL ? {} : { PublicBaseUrl: 'https://d111111abcdef8.cloudfront.net/' }),
    },
  };
  if (!skillId.startsWith('amzn1.ask.skill.')) process.exit(4);
  mkdirSync(path.dirname(outputsFile), { recursive: true });
  writeFileSync(outputsFile, JSON.stringify(outputs, null, 2));
}
