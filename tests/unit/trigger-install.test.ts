/**
 * The catalogue's triggers as each reader of the version installs them
 * (backend/src/modules/catalogue-changes/trigger-install.ts): once, again
 * only after a failure and a while, and again at once when the version's
 * rows went missing, concurrent callers sharing one install.
 */
import { TriggerInstall } from "../../backend/src/modules/catalogue-changes/trigger-install"

function installWith(failures = 0) {
  const calls = { track: 0, errors: [] as string[] }
  let left = failures
  const install = new TriggerInstall(
    async () => {
      calls.track++
      if (left-- > 0) throw new Error("permission denied")
    },
    10_000,
    (error) => calls.errors.push(error.message)
  )
  return { install, calls }
}

describe("trigger install", () => {
  it("installs once for every caller", async () => {
    const { install, calls } = installWith()
    expect(await Promise.all([install.ready(), install.ready()])).toEqual([true, true])
    expect(await install.ready()).toBe(true)
    expect(calls.track).toBe(1)
  })

  it("after a failure, answers false until the retry time, then installs again", async () => {
    const { install, calls } = installWith(1)
    expect(await install.ready()).toBe(false)
    expect(calls.errors).toEqual(["permission denied"])
    expect(await install.ready()).toBe(false)
    expect(calls.track).toBe(1)
    const realNow = Date.now
    try {
      Date.now = () => realNow() + 10_001
      expect(await install.ready()).toBe(true)
    } finally {
      Date.now = realNow
    }
    expect(calls.track).toBe(2)
  })

  it("installs again at once when asked, concurrent callers sharing it", async () => {
    const { install, calls } = installWith()
    await install.ready()
    expect(await Promise.all([install.again(), install.again()])).toEqual([true, true])
    expect(calls.track).toBe(2)
    expect(await install.again()).toBe(true)
    expect(calls.track).toBe(3)
    // the first install stands
    expect(await install.ready()).toBe(true)
    expect(calls.track).toBe(3)
  })
})
