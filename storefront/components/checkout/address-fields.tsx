"use client"

import { useState } from "react"
import styles from "./shop.module.css"

type Division = { code: string; name: string }

/** What the region fields read: the current values, errors and lists. */
export type RegionState = {
  values: Record<string, string>
  errors: Partial<Record<string, string>>
  options?: { cities: Division[]; districts: Division[] }
}

/** A labelled field with its Chinese error announced next to it. */
export function Field({
  name,
  label,
  hint,
  error,
  idPrefix,
  children,
}: {
  /** keeps ids unique when two forms on a page have a field of the same name */
  idPrefix?: string
  name: string
  label: string
  hint?: string
  error?: string
  children: (props: {
    id: string
    "aria-invalid"?: true
    "aria-describedby"?: string
  }) => React.ReactNode
}) {
  const id = `${idPrefix ? `${idPrefix}-` : ""}field-${name}`
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ")
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy || undefined,
      })}
      {hint && (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className={styles.error} data-testid={`error-${name}`}>
          {error}
        </p>
      )}
    </div>
  )
}

/** Province → city → district selects; lists follow the choice (fetched, or re-rendered by the server without JavaScript). */
export function RegionFields({
  state,
  provinces,
  m,
}: {
  state: RegionState
  provinces: Division[]
  m: (key: string) => string
}) {
  const [province, setProvince] = useState(state.values.province ?? "")
  const [city, setCity] = useState(state.values.city ?? "")
  const [district, setDistrict] = useState(state.values.district ?? "")
  const [cities, setCities] = useState<Division[]>(state.options?.cities ?? [])
  const [districts, setDistricts] = useState<Division[]>(state.options?.districts ?? [])
  const [failed, setFailed] = useState(false)

  async function load(query: string) {
    const response = await fetch(`/checkout/regions?${query}`)
    if (!response.ok) throw new Error(String(response.status))
    return response.json()
  }

  async function chooseProvince(code: string) {
    setProvince(code)
    setCity("")
    setDistrict("")
    setCities([])
    setDistricts([])
    if (!code) return
    try {
      setCities((await load(`province=${encodeURIComponent(code)}`)).cities)
      setFailed(false)
    } catch {
      setFailed(true)
    }
  }

  async function chooseCity(code: string) {
    setCity(code)
    setDistrict("")
    setDistricts([])
    if (!code) return
    try {
      setDistricts(
        (await load(`province=${encodeURIComponent(province)}&city=${encodeURIComponent(code)}`))
          .districts
      )
      setFailed(false)
    } catch {
      setFailed(true)
    }
  }

  const noDistricts = Boolean(city) && districts.length === 0
  return (
    <div className={`${styles.row} ${styles.row3}`}>
      <Field name="province" label={m("address.province")} error={state.errors.province}>
        {(a11y) => (
          <select
            {...a11y}
            name="province"
            className={styles.select}
            value={province}
            onChange={(e) => chooseProvince(e.target.value)}
            autoComplete="address-level1"
          >
            <option value="">{m("address.choose")}</option>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="city" label={m("address.city")} error={state.errors.city}>
        {(a11y) => (
          <select
            {...a11y}
            name="city"
            className={styles.select}
            value={city}
            onChange={(e) => chooseCity(e.target.value)}
            autoComplete="address-level2"
          >
            <option value="">{m("address.choose")}</option>
            {cities.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="district" label={m("address.district")} error={state.errors.district}>
        {(a11y) => (
          <select
            {...a11y}
            name="district"
            className={styles.select}
            value={district}
            onChange={(e) => setDistrict(e.target.value)}
            autoComplete="address-level3"
          >
            <option value="">{noDistricts ? m("address.noDistrict") : m("address.choose")}</option>
            {districts.map((d) => (
              <option key={d.code} value={d.code}>
                {d.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {failed && (
        <p className={styles.error} role="alert">
          {m("errors.regionsFailed")}
        </p>
      )}
      <noscript>
        <button
          type="submit"
          name="intent"
          value="regions"
          className={`${styles.button} ${styles.secondary}`}
        >
          {m("address.refresh")}
        </button>
      </noscript>
    </div>
  )
}
