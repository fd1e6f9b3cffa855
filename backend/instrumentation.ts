import { installFrontAnswers } from "./src/catalog-cache/front-answers"

/**
 * Loaded by `medusa start` (and `medusa develop`) before it makes its HTTP
 * server (Medusa's instrumentation file, where an OpenTelemetry set-up would
 * also go): the catalogue cache answers guests' repeated product reads
 * before the Express app (src/catalog-cache/front-answers.ts).
 */
export function register() {
  installFrontAnswers()
}
