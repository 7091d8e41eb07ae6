/** The shape of `interaction-model/<locale>.json`, as far as the build writes and reads it. */
export interface SlotValue {
  readonly id: string;
  readonly name: { readonly value: string; readonly synonyms?: readonly string[] };
}

export interface SlotType {
  readonly name: string;
  readonly values: readonly SlotValue[];
}

export interface ModelIntent {
  readonly name: string;
  readonly slots?: readonly { readonly name: string; readonly type: string }[];
  readonly samples: readonly string[];
}

export interface InteractionModel {
  readonly interactionModel: {
    readonly languageModel: {
      readonly invocationName: string;
      readonly intents: readonly ModelIntent[];
      readonly types: readonly SlotType[];
    };
    readonly dialog?: unknown;
    readonly prompts?: unknown;
  };
}
