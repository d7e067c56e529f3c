declare module 'ssml-builder' {
  interface ProsodyAttributes {
    rate?: string;
    pitch?: string;
    volume?: string;
  }
  class Speech {
    say(text: string): this;
    sentence(text: string): this;
    paragraph(text: string): this;
    pause(duration: string): this;
    audio(url: string): this;
    prosody(attributes: ProsodyAttributes, text: string): this;
    emphasis(level: string, text: string): this;
    ssml(excludeSpeakTag?: boolean): string;
  }
  export = Speech;
}

declare module 'ssml-builder/amazon_speech' {
  import Speech = require('ssml-builder');
  class AmazonSpeech extends Speech {
    whisper(text: string): this;
  }
  export = AmazonSpeech;
}
