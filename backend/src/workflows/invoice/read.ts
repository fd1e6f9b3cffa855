import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { INVOICE_MODULE, type InvoiceModuleService } from "../../modules/invoice"
import type { InvoiceTargetFilter } from "../../modules/invoice/service"
import { invoiceableOf } from "../../shared/invoice"
import { yuanString } from "../../shared/money"
import type { InvoiceRequestDTO, InvoiceableDTO } from "../../types/http/invoice"
import { invoiceableInput } from "./amounts"

type InvoiceRow = Awaited<ReturnType<InvoiceModuleService["retrieveInvoiceRequest"]>>

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null)

/** A request as every caller reads it (the file's id stays inside). */
export function invoiceRequestDTO(r: InvoiceRow): InvoiceRequestDTO {
  return {
    id: r.id,
    order_id: r.order_id ?? null,
    bulk_order_id: r.bulk_order_id ?? null,
    unit_id: r.unit_id ?? null,
    kind: r.kind,
    title: r.title,
    tax_id: r.tax_id,
    registered_address: r.registered_address ?? null,
    registered_phone: r.registered_phone ?? null,
    bank_name: r.bank_name ?? null,
    bank_account: r.bank_account ?? null,
    amount: yuanString(String(r.amount)),
    email: r.email,
    status: r.status,
    number: r.number ?? null,
    issued_on: r.issued_on ?? null,
    has_file: Boolean(r.file_id),
    requested_by: r.requested_by,
    reversed_at: iso(r.reversed_at),
    flagged_at: iso(r.flagged_at),
    created_at: iso(r.created_at)!,
  }
}

/** A target's requests (newest first) and what can still be invoiced. */
export async function requestsOfTarget(
  container: MedusaContainer,
  target: InvoiceTargetFilter
): Promise<{ invoice_requests: InvoiceRequestDTO[]; invoiceable: InvoiceableDTO }> {
  const service = container.resolve<InvoiceModuleService>(INVOICE_MODULE)
  const rows = await service.listInvoiceRequests(target, {
    order: { created_at: "DESC" },
    take: null,
  })
  return {
    invoice_requests: rows.map(invoiceRequestDTO),
    invoiceable: invoiceableOf(await invoiceableInput(container, target)),
  }
}

/** One request matching `filter` (its id and whoever's scope), or a 404. */
export async function invoiceRequestWhere(
  container: MedusaContainer,
  filter: Record<string, unknown>
): Promise<InvoiceRow> {
  const service = container.resolve<InvoiceModuleService>(INVOICE_MODULE)
  const [row] = await service.listInvoiceRequests(filter, { take: 1 })
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, "发票申请不存在")
  return row
}

/** The PDF of a request, or a 404 when none is attached yet. */
export async function invoiceFile(
  container: MedusaContainer,
  row: InvoiceRow
): Promise<{ name: string; content: Buffer }> {
  if (!row.file_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, "发票文件尚未上传")
  const content = await container.resolve(Modules.FILE).getAsBuffer(row.file_id)
  return { name: row.file_name ?? `${row.number ?? row.id}.pdf`, content }
}
