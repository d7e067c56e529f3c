/**
 * What people say for Alexa's built-in intents. Alexa trains these itself, so the interaction
 * model lists them with few or no samples; a skill only receives the ones its model declares.
 */
export const BUILT_IN_PHRASES: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.HelpIntent': ['help', 'help me', 'i need help', 'what can i do', 'what do i do', 'what are my options', 'how do i use this'],
  'AMAZON.StopIntent': ['stop', 'stop it', 'quit', 'exit', 'off', 'shut up', 'be quiet', 'goodbye', 'bye', 'enough', "that's all"],
  'AMAZON.CancelIntent': ['cancel', 'cancel that', 'never mind', 'nevermind', 'forget it'],
  'AMAZON.RepeatIntent': ['repeat', 'repeat that', 'again', 'say it again', 'come again', 'pardon'],
  'AMAZON.NavigateHomeIntent': ['go home', 'home', 'go to the home screen'],
  'AMAZON.YesIntent': ['yes', 'yeah', 'yep', 'yes please', 'sure', 'ok', 'okay', 'of course', 'please do'],
  'AMAZON.NoIntent': ['no', 'nope', 'no thanks', 'no thank you', 'not now', 'not really'],
  'AMAZON.PauseIntent': ['pause', 'hold on', 'wait'],
  'AMAZON.ResumeIntent': ['resume', 'continue', 'keep going'],
  'AMAZON.StartOverIntent': ['start over', 'restart', 'from the beginning'],
  'AMAZON.NextIntent': ['next', 'skip', 'next one'],
  'AMAZON.PreviousIntent': ['previous', 'go back', 'back'],
};

export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';
