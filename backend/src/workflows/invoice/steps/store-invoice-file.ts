import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type StoreInvoiceFileStepInput = { filename: string; content_base64: string }

export const storeInvoiceFileStepId = "store-invoice-file"

/** Keeps the invoice PDF in Medusa's File Module, private; compensation deletes it. */
export const storeInvoiceFileStep = createStep(
  storeInvoiceFileStepId,
  async (input: StoreInvoiceFileStepInput, { container }) => {
    const files = container.resolve(Modules.FILE)
    const file = await files.createFiles({
      filename: input.filename,
      mimeType: "application/pdf",
      content: input.content_base64,
      access: "private",
    })
    return new StepResponse({ id: file.id }, file.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve(Modules.FILE).deleteFiles([id])
  }
)
