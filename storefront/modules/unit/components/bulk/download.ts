/** The file name of an attachment (RFC 5987 `filename*` first), or the fallback. */
function fileNameOf(disposition: string | null, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? "")
  if (encoded) return decodeURIComponent(encoded[1])
  const plain = /filename="([^"]+)"/i.exec(disposition ?? "")
  return plain ? plain[1] : fallback
}

/** Posts the checked upload to /unit/bulk/error-file and saves what comes back (the file with a 错误 column). */
export async function downloadErrorFile(form: FormData): Promise<void> {
  const answer = await fetch("/unit/bulk/error-file", { method: "POST", body: form })
  if (!answer.ok) throw new Error(await answer.text())
  const url = URL.createObjectURL(await answer.blob())
  const link = document.createElement("a")
  link.href = url
  link.download = fileNameOf(answer.headers.get("content-disposition"), "批量下单-错误.xlsx")
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
