/**
 * The public content: one private bucket, read only by one CloudFront distribution over HTTPS,
 * publishing the tracks the rendering step made (rendered here with espeak-ng, offline, no AWS
 * credentials) and the static pages.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { EspeakTextToSpeech } from '../../../tools/tracks/espeak-tts';
import { PublicContent } from '../../../infra/public-content';
import { OUTPUTS } from '../../../infra/stack-outputs';
import { renderTrackSet } from '../../../tools/lib/track-set';
import { tinyBreathingTrack } from '../../support/tiny-tracks';
import { buildSteadyApp } from './steady-app-fixture';

let work: string;
let rendered: string;
let withTracks: Template;
let withoutTracks: Template;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'steady-content-'));
  rendered = path.join(work, 'public');
  await renderTrackSet({ outDir: rendered, tts: new EspeakTextToSpeech(), specs: [tinyBreathingTrack()] });
  withTracks = Template.fromStack(buildSteadyApp({ renderedDir: rendered }).stack);
  withoutTracks = Template.fromStack(buildSteadyApp().stack);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const skillFunction = (template: Template) =>
  Object.values(template.findResources('AWS::Lambda::Function')).find((f) => f.Properties.Handler === 'index.handler')!;

describe('the content bucket', () => {
  it('is private, encrypted, TLS-only and logged', () => {
    withTracks.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'bucket/' }),
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
    });
  });

  it("may be read by this distribution alone: GetObject for CloudFront, on the distribution's ARN", () => {
    const policies = withTracks.findResources('AWS::S3::BucketPolicy');
    const statements = Object.values(policies).flatMap((p) => p.Properties.PolicyDocument.Statement as Array<Record<string, unknown>>);
    const allows = statements.filter((s) => s.Effect === 'Allow');
    const reads = allows.filter((s) => JSON.stringify(s.Principal).includes('cloudfront.amazonaws.com'));
    expect(reads).toHaveLength(1);
    expect(reads[0]!.Action).toBe('s3:GetObject');
    expect(JSON.stringify(reads[0]!.Condition)).toMatch(/AWS:SourceArn/);
    // Nothing else is allowed to anyone but the CDK's deploy role and log delivery.
    for (const s of allows) expect(JSON.stringify(s.Principal)).not.toBe('"*"');
    // The skill itself never touches the bucket: AudioPlayer fetches through CloudFront.
    const skillRolePolicies = Object.values(withTracks.findResources('AWS::IAM::Policy')).filter((p) =>
      JSON.stringify(p.Properties.Roles).includes('SkillFunctionRole'),
    );
    for (const p of skillRolePolicies) expect(JSON.stringify(p.Properties.PolicyDocument)).not.toMatch(/"s3:/);
  });
});

describe('the distribution', () => {
  it('serves over HTTPS only, GET and HEAD, through origin access control', () => {
    withTracks.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: 'redirect-to-https', AllowedMethods: ['GET', 'HEAD'] }),
        Origins: [Match.objectLike({ OriginAccessControlId: Match.anyValue() })],
        Logging: Match.objectLike({ Prefix: 'distribution/' }),
      }),
    });
    withTracks.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: Match.objectLike({
        OriginAccessControlOriginType: 's3',
        SigningBehavior: 'always',
        SigningProtocol: 'sigv4',
      }),
    });
  });

  it('is the stack output PublicBaseUrl', () => {
    withTracks.hasOutput(OUTPUTS.publicBaseUrl, {
      Value: { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [Match.stringLikeRegexp('Distribution'), 'DomainName'] }]] },
    });
  });
});

describe('the rendering step', () => {
  it('publishes the rendered set in one deployment that prunes old files and refreshes the cache', () => {
    withTracks.resourceCountIs('Custom::CDKBucketDeployment', 1);
    withTracks.hasResourceProperties('Custom::CDKBucketDeployment', {
      SourceObjectKeys: [Match.stringLikeRegexp('\\.zip$')],
      Prune: true,
      DistributionPaths: ['/*'],
    });
  });

  it('tells the skill where tracks are only when a set was rendered', () => {
    expect(skillFunction(withTracks).Properties.Environment.Variables.PUBLIC_BASE_URL).toEqual({
      'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [expect.stringMatching(/Distribution/), 'DomainName'] }]],
    });
    expect(skillFunction(withoutTracks).Properties.Environment.Variables.PUBLIC_BASE_URL).toBeUndefined();
    withoutTracks.resourceCountIs('Custom::CDKBucketDeployment', 0);
    withoutTracks.resourceCountIs('AWS::CloudFront::Distribution', 1);
  });

  it('publishes the static pages with the tracks, in the same deployment', () => {
    const site = path.join(work, 'site');
    mkdirSync(site, { recursive: true });
    writeFileSync(path.join(site, 'privacy.html'), '<!doctype html><title>Privacy</title>');
    const stack = new Stack(new App(), 'Content');
    new PublicContent(stack, 'PublicContent', { renderedDir: rendered, siteDir: site });
    const template = Template.fromStack(stack);
    template.resourceCountIs('Custom::CDKBucketDeployment', 1);
    template.hasResourceProperties('Custom::CDKBucketDeployment', {
      SourceObjectKeys: Match.arrayWith([Match.stringLikeRegexp('\\.zip$'), Match.stringLikeRegexp('\\.zip$')]),
    });
    expect(
      template.findResources('Custom::CDKBucketDeployment')[Object.keys(template.findResources('Custom::CDKBucketDeployment'))[0]!]!
        .Properties.SourceObjectKeys,
    ).toHaveLength(2);
  });
});
