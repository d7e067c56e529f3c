/**
 * Where the skill's function may live. Alexa calls Lambda endpoints in its three service regions
 * only: North America (us-east-1), Europe and India (eu-west-1), the Far East and Australia
 * (us-west-2). Amazon's Alexa documentation names these three; the ASK CLI maps its NA, EU and FE
 * regions onto the same ones.
 */
import { ToolError } from '../lib/cli-errors';

export const ALEXA_LAMBDA_REGIONS = ['us-east-1', 'eu-west-1', 'us-west-2'] as const;
export type AlexaLambdaRegion = (typeof ALEXA_LAMBDA_REGIONS)[number];

/**
 * The nearest of the three for each of Steady's locales, for the advice in an error: Alexa serves
 * the Americas (the US, Canada, Mexico, in English and Spanish) from North America, Spain with the
 * UK and India from Europe, Australia from the Far East.
 */
export const REGION_FOR_LOCALE: Readonly<Record<string, AlexaLambdaRegion>> = {
  'en-US': 'us-east-1',
  'en-CA': 'us-east-1',
  'es-US': 'us-east-1',
  'es-MX': 'us-east-1',
  'en-GB': 'eu-west-1',
  'en-IN': 'eu-west-1',
  'es-ES': 'eu-west-1',
  'en-AU': 'us-west-2',
};

export function isAlexaLambdaRegion(region: string): region is AlexaLambdaRegion {
  return (ALEXA_LAMBDA_REGIONS as readonly string[]).includes(region);
}

const CHOOSE = `choose one of ${ALEXA_LAMBDA_REGIONS.join(', ')} (us-east-1 for the US, Canada and Mexico, eu-west-1 for the UK, Spain and India, us-west-2 for Australia)`;

/** Why a region will not do, or undefined when Alexa can call a function there. */
export function regionProblem(region: string | undefined): string | undefined {
  if (!region) return `No AWS region is set: export AWS_REGION or pass --region, and ${CHOOSE}.`;
  if (!isAlexaLambdaRegion(region)) return `Alexa cannot call a Lambda function in ${region}: ${CHOOSE}, with --region or AWS_REGION.`;
  return undefined;
}

export function requireAlexaRegion(region: string | undefined): AlexaLambdaRegion {
  const problem = regionProblem(region);
  if (problem) throw new ToolError(problem);
  return region as AlexaLambdaRegion;
}
