import type { RequestPhrases } from '../../../understanding/spoken-requests';

/**
 * The requests to stop and for help, in English (apostrophes taken off), as plain commands and
 * questions with the little words said around them. They are read only where Alexa heard the
 * whole statement (the catch-all), so each is the whole of what was said. Nothing that could be a
 * statement about oneself or a wish: "i want to quit", "leave", "finish", "no more", "that's it"
 * and "quiet" are left to the feelings net and the safety grade.
 */
export const ENGLISH_REQUESTS: RequestPhrases = {
  before: /please|ok|okay|alright|hey|so|um|alexa|steady|just|can you|could you|you can|lets/,
  after:
    /please|now|right now|thanks|thank you|thank you very much|for now|for today|for tonight|then|ok|okay|alexa|steady|bye|goodbye|the session|this session|the exercise|it|that|this app|the app/,
  names: {
    stop: /stop|quit|exit|cancel|never mind|nevermind|forget it|shut up|be quiet|turn off|switch off|goodbye|good bye|bye|bye bye|see you|thats all|that is all|thats enough|enough|end (?:the )?session|end the exercise|were done|all done/,
    help: /what can you do|what can i do|what can i say|what do you do|what are you for|how does (?:this|it|steady) work|how do (?:i|you) use (?:this|it|you|steady)|how to use (?:this|it)|what are my options|what are the options|what options do i have|what do you offer|explain how (?:this|it|you) works?|explain what you do|instructions|i dont know how (?:this|it) works|i dont understand how (?:this|it) works/,
  },
};
