/**
 * Sign-in timing: a wrong password for a known e-mail against an unknown
 * e-mail (both must cost one scrypt verification, so the two should be close),
 * and the right password. Each guess comes from its own client address
 * (X-Forwarded-For from loopback, which the limits trust), and the known
 * account signs in successfully after each wrong guess, so the limits'
 * slow-down never enters the figures.
 */
import { demoFarmCredentials } from "../../backend/src/scripts/seed/farm-credentials"
import { percentile, timed } from "./stats"

const ROUNDS = Number(process.env.BENCH_SIGN_IN_ROUNDS ?? 30)

export async function benchSignIn({ base }: { base: string }) {
  const farm = demoFarmCredentials()
  let client = 0
  const login = async (email: string, password: string, expected: number) => {
    client++
    const [response, ms] = await timed(() =>
      fetch(`${base}/auth/user/emailpass`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-forwarded-for": `198.18.${Math.floor(client / 250)}.${(client % 250) + 1}`,
        },
        body: JSON.stringify({ email, password }),
      })
    )
    await response.arrayBuffer()
    if (response.status !== expected)
      throw new Error(`sign-in bench: expected ${expected}, got ${response.status}`)
    return ms
  }
  const times = { known: [] as number[], unknown: [] as number[], right: [] as number[] }
  for (let i = 0; i < 3; i++) await login(farm.email, farm.password, 200)
  for (let i = 0; i < ROUNDS; i++) {
    times.unknown.push(
      await login(`nobody-${i}@dongxi-demo.example.cn`, "wrong-password-2026", 401)
    )
    times.known.push(await login(farm.email, "wrong-password-2026", 401))
    times.right.push(await login(farm.email, farm.password, 200))
  }
  console.log(`\nSign-in (POST /auth/user/emailpass), ${ROUNDS} rounds one at a time (ms):`)
  console.log(["case", "p50", "p95", "max"].join("\t"))
  const rows: [string, number[]][] = [
    ["unknown e-mail", times.unknown],
    ["known e-mail, wrong password", times.known],
    ["known e-mail, right password", times.right],
  ]
  for (const [label, list] of rows) {
    list.sort((a, b) => a - b)
    const row = [percentile(list, 50), percentile(list, 95), list[list.length - 1]].map((t) =>
      t.toFixed(1)
    )
    console.log([label.padEnd(30), ...row].join("\t"))
  }
}
