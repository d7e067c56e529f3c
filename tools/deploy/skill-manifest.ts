/**
 * The skill manifest and interaction models as they are uploaded: the committed files with the
 * deployed stack's addresses filled in. The committed skill-package/skill.json keeps placeholders,
 * so no account id or distribution address lands in git.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { OUTPUTS, STACK_NAME } from '../../infra/stack-outputs';
import { ToolError } from '../lib/cli-errors';
import { type InteractionModelFile, modelPath } from '../generate-locales';
import { ONE_WORD_INVOCATION_NAME, withSpokenName } from './invocation-name';
import { regionProblem } from './regions';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
export const MANIFEST_SOURCE = path.join(PROJECT_ROOT, 'skill-package', 'skill.json');
/** The static pages and icons the public content distribution serves at PublicBaseUrl. */
export const SITE_DIRECTORY = path.join(PROJECT_ROOT, 'infra', 'site');

export const ENDPOINT_PLACEHOLDER = 'REPLACE_WITH_THE_SkillFunctionArn_STACK_OUTPUT';
export const PUBLIC_BASE_URL_PLACEHOLDER = 'https://REPLACE_WITH_THE_PublicBaseUrl_STACK_OUTPUT';

const FUNCTION_ARN = /^arn:aws:lambda:([a-z0-9-]+):\d{12}:function:[A-Za-z0-9_-]+$/;

export interface LocaleListing {
  name: string;
  summary: string;
  description: string;
  examplePhrases: string[];
  keywords: string[];
  smallIconUri?: string;
  largeIconUri?: string;
  [field: string]: unknown;
}

export interface SkillManifest {
  manifest: {
    manifestVersion: string;
    publishingInformation: {
      locales: Record<string, LocaleListing>;
      testingInstructions?: string;
      [field: string]: unknown;
    };
    privacyAndCompliance: {
      locales?: Record<string, { privacyPolicyUrl?: string; termsOfUseUrl?: string }>;
      [field: string]: unknown;
    };
    apis: { custom: { endpoint: { uri: string }; [field: string]: unknown } };
    [field: string]: unknown;
  };
}

export interface StackOutputs {
  readonly functionArn: string;
  readonly region: string;
  readonly publicBaseUrl?: string;
}

export function readManifest(file = MANIFEST_SOURCE): SkillManifest {
  return JSON.parse(readFileSync(file, 'utf8')) as SkillManifest;
}

/** The function ARN, its region and the public address from what `cdk deploy --outputs-file` wrote. */
export function stackOutputs(outputs: unknown): StackOutputs {
  const stack = (outputs as Record<string, Record<string, unknown> | undefined>)?.[STACK_NAME];
  const arn = stack?.[OUTPUTS.functionArn];
  if (typeof arn !== 'string') {
    throw new ToolError(`The stack outputs have no ${STACK_NAME}.${OUTPUTS.functionArn}; deploy with --outputs-file first.`);
  }
  const match = FUNCTION_ARN.exec(arn);
  if (!match) throw new ToolError(`"${arn}" is not a Lambda function ARN.`);
  const region = match[1] ?? '';
  const problem = regionProblem(region);
  if (problem) throw new ToolError(`The function is in ${region}. ${problem}`);
  const base = stack?.[OUTPUTS.publicBaseUrl];
  return { functionArn: arn, region, ...(typeof base === 'string' ? { publicBaseUrl: base } : {}) };
}

/** Every address in the manifest that points into the public site. */
function mapSiteUrls(manifest: SkillManifest, map: (url: string) => string): void {
  for (const listing of Object.values(manifest.manifest.publishingInformation.locales)) {
    if (listing.smallIconUri) listing.smallIconUri = map(listing.smallIconUri);
    if (listing.largeIconUri) listing.largeIconUri = map(listing.largeIconUri);
  }
  for (const legal of Object.values(manifest.manifest.privacyAndCompliance.locales ?? {})) {
    if (legal.privacyPolicyUrl) legal.privacyPolicyUrl = map(legal.privacyPolicyUrl);
    if (legal.termsOfUseUrl) legal.termsOfUseUrl = map(legal.termsOfUseUrl);
  }
}

/** `https://d123.cloudfront.net/` -> `https://d123.cloudfront.net`, refusing anything but HTTPS. */
export function publicBase(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ToolError(`The stack's ${OUTPUTS.publicBaseUrl} "${url}" is not an address.`);
  }
  if (parsed.protocol !== 'https:')
    throw new ToolError(`The stack's ${OUTPUTS.publicBaseUrl} must be HTTPS (Alexa fetches icons and policies over HTTPS), not ${url}.`);
  return url.replace(/\/+$/, '');
}

export interface DeployableOptions {
  readonly functionArn: string;
  readonly publicBaseUrl: string;
  readonly invocationName?: string;
}

/**
 * A copy of the manifest with the function as its endpoint, the site addresses on the public
 * distribution, and the example phrases in the chosen invocation name.
 */
export function deployableManifest(source: SkillManifest, options: DeployableOptions): SkillManifest {
  const copy = structuredClone(source);
  copy.manifest.apis.custom.endpoint.uri = options.functionArn;
  const base = publicBase(options.publicBaseUrl);
  mapSiteUrls(copy, (url) => url.replace(PUBLIC_BASE_URL_PLACEHOLDER, base));
  const name = options.invocationName ?? ONE_WORD_INVOCATION_NAME;
  if (name !== ONE_WORD_INVOCATION_NAME) {
    for (const listing of Object.values(copy.manifest.publishingInformation.locales)) {
      listing.examplePhrases = listing.examplePhrases.map((phrase) => withSpokenName(phrase, ONE_WORD_INVOCATION_NAME, name));
    }
  }
  return copy;
}

/** A copy of the manifest with only its endpoint filled: the manual path's `tools/set-endpoint.ts`. */
export function withEndpoint<T extends Pick<SkillManifest, 'manifest'>>(manifest: T, functionArn: string): T {
  const copy = structuredClone(manifest);
  copy.manifest.apis.custom.endpoint.uri = functionArn;
  return copy;
}

/** The site file a placeholder address names: `https://REPLACE…/icons/x.png` -> `icons/x.png`. */
export function siteFileOf(url: string): string | undefined {
  return url.startsWith(`${PUBLIC_BASE_URL_PLACEHOLDER}/`) ? url.slice(PUBLIC_BASE_URL_PLACEHOLDER.length + 1) : undefined;
}

export function readModel(locale: string): InteractionModelFile {
  return JSON.parse(readFileSync(modelPath(locale), 'utf8')) as InteractionModelFile;
}

/** A copy of a locale's model under another invocation name. */
export function withInvocationName(model: InteractionModelFile, invocationName: string): InteractionModelFile {
  const copy = structuredClone(model);
  copy.interactionModel.languageModel.invocationName = invocationName;
  return copy;
}
