/** nlp.js ships no types; this is the part of its API the classifier check uses. */
declare module "@nlpjs/nlp" {
  export interface NlpResult {
    readonly intent: string;
    readonly score: number;
  }

  export class Nlp {
    constructor(settings?: {
      languages?: string[];
      autoSave?: boolean;
      forceNER?: boolean;
      nlu?: { log?: boolean };
    });
    use(plugin: unknown): void;
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<void>;
    process(locale: string, utterance: string): Promise<NlpResult>;
  }
}

declare module "@nlpjs/lang-en-min" {
  export const LangEn: unknown;
}
