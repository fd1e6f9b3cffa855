/**
 * The mainland tax region's default rate: primary agricultural produce sold
 * by its growers is exempt from VAT, and prices include tax (0 %).
 */
export const DEFAULT_TAX_RATE = { name: "农产品免征增值税", code: "CN-AGRI-EXEMPT", rate: 0 }
