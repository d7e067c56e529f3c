declare module 'ssml-check-core' {
  export interface SsmlError {
    type: string;
    tag?: string;
    attribute?: string;
    value?: string;
    position?: number;
  }
  export interface CheckOptions {
    platform?: 'all' | 'amazon' | 'google';
    locale?: string;
    unsupportedTags?: string[];
    getPositions?: boolean;
  }
  export function check(ssml: string, options?: CheckOptions): Promise<SsmlError[] | undefined>;
}
