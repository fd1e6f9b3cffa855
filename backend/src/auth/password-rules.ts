/**
 * The one home of the password rules, for every actor type. The backend
 * enforces them on registration, invite acceptance (which registers first)
 * and password changes; the storefront shows the rule it gets back.
 *
 * - admin and farm users (`user`): at least 10 characters, letters and
 *   digits, the e-mail's name does not count towards the length, not easy to
 *   guess (zxcvbn score 3 of 4);
 * - buyers (`customer`, and any other actor type): at least 8 characters, the
 *   e-mail's name does not count, not a common password (score 2 of 4).
 */
import type * as ZxcvbnCore from "@zxcvbn-ts/core"
import type { ZxcvbnFactory } from "@zxcvbn-ts/core"
import type * as ZxcvbnCommon from "@zxcvbn-ts/language-common"

import type { PasswordProblem } from "../types/http/auth"

export type { PasswordProblem, PasswordRule } from "../types/http/auth"

type Policy = { minLength: number; lettersAndDigits: boolean; minScore: 0 | 1 | 2 | 3 | 4 }

export const MAX_PASSWORD_LENGTH = 128

export const PASSWORD_POLICIES: Record<"user" | "customer", Policy> = {
  user: { minLength: 10, lettersAndDigits: true, minScore: 3 },
  customer: { minLength: 8, lettersAndDigits: false, minScore: 2 },
}

export function passwordPolicy(actorType: string): Policy {
  return actorType === "user" ? PASSWORD_POLICIES.user : PASSWORD_POLICIES.customer
}

/**
 * Words often found in passwords in China that zxcvbn's common list misses
 * (pinyin phrases, number codes, common surnames), ranked roughly by use.
 */
const CHINESE_COMMON = [
  "woaini",
  "5201314",
  "1314520",
  "woaini1314",
  "iloveyou",
  "aini",
  "wodemima",
  "mima",
  "zhongguo",
  "china",
  "qq",
  "qwe",
  "123qwe",
  "taobao",
  "baidu",
  "huawei",
  "xiaomi",
  "weixin",
  "wechat",
  "alipay",
  "zhang",
  "wang",
  "li",
  "liu",
  "chen",
  "yang",
  "huang",
  "zhao",
  "wu",
  "zhou",
  "xu",
  "sun",
  "ma",
  "zhu",
  "hu",
  "guo",
  "he",
  "lin",
  "luo",
  "gao",
  "meizhou",
  "meixian",
  "kejia",
  "hakka",
  "guangzhou",
  "guangdong",
  "shenzhen",
  "beijing",
  "shanghai",
  "520",
]

let factory: ZxcvbnFactory | undefined
/**
 * zxcvbn with its dictionaries (about 20 MiB), required at the first password
 * checked rather than at start: a server that answers only the catalogue and
 * checkouts never holds them (docs/production.md#memory). Synchronous, as the
 * rules are.
 */
function zxcvbn() {
  if (factory) return factory
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { ZxcvbnFactory } = require("@zxcvbn-ts/core") as typeof ZxcvbnCore
  const common = require("@zxcvbn-ts/language-common") as typeof ZxcvbnCommon
  /* eslint-enable @typescript-eslint/no-require-imports */
  factory = new ZxcvbnFactory({
    dictionary: { ...common.dictionary, chineseCommon: CHINESE_COMMON },
    graphs: common.adjacencyGraphs,
  })
  return factory
}

/** The part of an e-mail address before the @, lower-cased ("" without one). */
function emailName(email: string | undefined): string {
  if (!email) return ""
  const at = email.lastIndexOf("@")
  return (at > 0 ? email.slice(0, at) : email).trim().toLowerCase()
}

/** The password without every occurrence of the e-mail's name (names shorter than 3 characters are kept). */
function withoutEmailName(password: string, name: string): string {
  if (name.length < 3) return password
  return password.toLowerCase().split(name).join("")
}

const length = (s: string) => Array.from(s).length

/**
 * The first rule the password breaks for this actor type, or null. `email` is
 * the account's e-mail address when known (registration and reset know it).
 */
export function passwordProblem(
  actorType: string,
  password: string,
  email?: string
): PasswordProblem | null {
  const policy = passwordPolicy(actorType)
  const min = policy.minLength
  if (length(password) > MAX_PASSWORD_LENGTH) {
    return {
      rule: "too_long",
      message: `The password must be at most ${MAX_PASSWORD_LENGTH} characters long.`,
    }
  }
  if (length(password) < min) {
    return {
      rule: "too_short",
      min_length: min,
      message: `The password must be at least ${min} characters long.`,
    }
  }
  if (policy.lettersAndDigits && !(/\p{L}/u.test(password) && /\p{Nd}/u.test(password))) {
    return {
      rule: "letters_and_digits",
      message: "The password must contain both letters and digits.",
    }
  }
  const name = emailName(email)
  if (length(withoutEmailName(password, name)) < min) {
    return {
      rule: "email_name",
      min_length: min,
      message: `The password must not be built on the e-mail address: without the e-mail's name it needs at least ${min} characters.`,
    }
  }
  const inputs = [name, ...name.split(/[^\p{L}\p{N}]+/u), email?.trim().toLowerCase() ?? ""].filter(
    (s) => s.length >= 3
  )
  if (zxcvbn().check(password, inputs).score < policy.minScore) {
    return {
      rule: "too_common",
      message:
        "The password is too easy to guess (a common password, word or pattern). Choose a longer, less predictable one.",
    }
  }
  return null
}
