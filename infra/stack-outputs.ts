/** The stack's name and output names, shared by the stack and the tools that read its outputs. */
export const STACK_NAME = 'Steady';

export const OUTPUTS = {
  functionArn: 'SkillFunctionArn',
  tableName: 'TableName',
  publicBaseUrl: 'PublicBaseUrl',
} as const;
