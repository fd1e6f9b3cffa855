/** Title of the storefront's publishable API key (the launcher reads the key by it). */
export const STOREFRONT_KEY_TITLE = "梅县消费帮扶商城 storefront"
