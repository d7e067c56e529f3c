/** The stack's name and output names, shared by the stack and the tools that read its outputs. */
export const STACK_NAME = 'Steady';

export const OUTPUTS = {
  functionArn: 'SkillFunctionArn',
  tableName: 'TableName',
  /** The HTTPS address of the public content: audio tracks, privacy policy, terms, icons. */
  publicBaseUrl: 'PublicBaseUrl',
} as const;
