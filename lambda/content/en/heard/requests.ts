import type { RequestPhrases } from '../../../understanding/spoken-requests';

/**
 * The requests to stop and for help, in English (apostrophes taken off): commands aimed at the
 * device and questions about it, with the little words said around them. They are read only in
 * the catch-all's statement, which a filler may have opened ("so", "listen"), so nothing is here
 * that could also be said about oneself or in despair: no farewell ("goodbye"), no "enough",
 * "forget it", "we're done", "leave", "that's it", "what can i do" or "what are my options".
 * Those get the answer for words Steady did not understand, which ends with the way to the crisis
 * answer; Alexa's own stop and help still take them said alone.
 */
export const ENGLISH_REQUESTS: RequestPhrases = {
  before: /please|ok|okay|alright|hey|so|um|alexa|steady|just|can you|could you|you can|lets/,
  after:
    /please|now|right now|thanks|thank you|thank you very much|for now|for today|for tonight|then|ok|okay|alexa|steady|the session|this session|the exercise|it|that|this app|the app/,
  names: {
    stop: /stop|quit|exit|cancel|shut up|be quiet|turn off|switch off|end (?:the |this )?(?:session|exercise)/,
    help: /what can you do|what do you do|what are you for|how does (?:this|it|steady) work|how do (?:i|you) use (?:this|it|you|steady)|how to use (?:this|it)|what are the options|what do you offer|explain how (?:this|it|you) works?|explain what you do|instructions|i dont know how (?:this|it) works|i dont understand how (?:this|it) works/,
  },
};
