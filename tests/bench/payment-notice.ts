/**
 * The 付款通知书's generation time (renderPaymentNotice, in this process): a
 * notice of 1 row and one of 1,000 rows (a bulk order's recipients), each the
 * median of a few runs after a warm-up, with the PDF's size and pages.
 */
import { renderPaymentNotice } from "../../backend/src/modules/bank-transfer/notice"
import { DEMO_PAYEE } from "../../backend/src/modules/bank-transfer/payee"
import { fenToYuan } from "../../backend/src/shared/money"
import { percentile, timed } from "./stats"

const RUNS = 3

function notice(rows: number) {
  return {
    number: "BENCH",
    issued_at: new Date(),
    payer: { name: "广州市天河区示范街道总工会", credit_code: "81440106MC00000016" },
    payee: DEMO_PAYEE,
    amount: fenToYuan(rows * 12_800),
    reference: "MX20261201K7QF3P",
    deadline: new Date(Date.now() + 15 * 86400_000),
    rows: Array.from({ length: rows }, (_, i) => ({
      item: `梅县金柚 特级 5斤装（收件人${i + 1}）`,
      detail: `广东省梅州市梅县区丙村镇第${i + 1}号`,
      quantity: 1,
      amount: "128.00",
    })),
  }
}

export async function benchPaymentNotice() {
  await renderPaymentNotice(notice(1))
  for (const rows of [1, 1000]) {
    const times: number[] = []
    let size = 0
    for (let run = 0; run < RUNS; run++) {
      const [pdf, ms] = await timed(() => renderPaymentNotice(notice(rows)))
      times.push(ms)
      size = pdf.length
    }
    times.sort((a, b) => a - b)
    console.log(
      `payment notice PDF, ${rows} row${rows > 1 ? "s" : ""} (ms, median of ${RUNS}): ${percentile(times, 50).toFixed(0)}  (${(size / 1024).toFixed(0)} KiB)`
    )
  }
}

if (process.argv[1]?.endsWith("payment-notice.ts")) {
  benchPaymentNotice().catch((error) => {
    console.error(error)
    process.exit(1)
  })
}
