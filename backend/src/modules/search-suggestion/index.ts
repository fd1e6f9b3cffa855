import { Module } from "@medusajs/framework/utils"
import SearchSuggestionModuleService from "./service"

export const SEARCH_SUGGESTION_MODULE = "search_suggestion"

export default Module(SEARCH_SUGGESTION_MODULE, {
  service: SearchSuggestionModuleService,
})

export type { SearchSuggestionModuleService }
export type {
  StoredSuggestion,
  SuggestionChange,
  SuggestionKindName,
} from "./repositories/search-suggestion"
