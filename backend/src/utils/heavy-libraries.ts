/**
 * Libraries that only rare work needs, loaded on first use instead of when
 * Medusa imports every route and module at start: spreadsheets (exceljs: bulk
 * orders, bank statements, exports), PDFs (pdfkit and qrcode: 付款通知书 and
 * unit statements) and zip archives (jszip: Alipay's bills). Together they
 * hold tens of MiB a server answering the catalogue and checkouts never uses
 * (docs/production.md#memory). Node caches a module once loaded, so each
 * later call costs only a resolved promise.
 */
export const loadExcel = async () => (await import("exceljs")).default
export const loadPdfKit = async () => (await import("pdfkit")).default
export const loadQrCode = async () => (await import("qrcode")).default
export const loadJsZip = async () => (await import("jszip")).default
