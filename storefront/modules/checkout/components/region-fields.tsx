"use client"

import { useState } from "react"
import { Field } from "@/modules/common/components/field"
import styles from "@/modules/common/shop.module.css"

type Division = { code: string; name: string }

/** What the region fields read: the current values, errors and lists. */
export type RegionState = {
  values: Record<string, string>
  errors: Partial<Record<string, string>>
  options?: { cities: Division[]; districts: Division[] }
}

/** One level of the cascade: a labelled select of divisions with a "please choose" first option. */
function DivisionSelect({
  name,
  label,
  error,
  value,
  divisions,
  choose,
  autoComplete,
  onChange,
}: {
  name: "province" | "city" | "district"
  label: string
  error?: string
  value: string
  divisions: Division[]
  /** the first, empty option's text */
  choose: string
  autoComplete: string
  onChange: (code: string) => void
}) {
  return (
    <Field name={name} label={label} error={error}>
      {(a11y) => (
        <select
          {...a11y}
          name={name}
          className={styles.select}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          autoComplete={autoComplete}
        >
          <option value="">{choose}</option>
          {divisions.map((d) => (
            <option key={d.code} value={d.code}>
              {d.name}
            </option>
          ))}
        </select>
      )}
    </Field>
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

  /** GET /checkout/regions: the cities of a province or the districts of a city. */
  async function load(query: string): Promise<{ cities?: Division[]; districts?: Division[] }> {
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
      setCities((await load(`province=${encodeURIComponent(code)}`)).cities ?? [])
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
      const query = `province=${encodeURIComponent(province)}&city=${encodeURIComponent(code)}`
      setDistricts((await load(query)).districts ?? [])
      setFailed(false)
    } catch {
      setFailed(true)
    }
  }

  const noDistricts = Boolean(city) && districts.length === 0
  const choose = m("address.choose")
  const levels: Omit<Parameters<typeof DivisionSelect>[0], "label" | "error">[] = [
    {
      name: "province",
      value: province,
      divisions: provinces,
      choose,
      autoComplete: "address-level1",
      onChange: chooseProvince,
    },
    {
      name: "city",
      value: city,
      divisions: cities,
      choose,
      autoComplete: "address-level2",
      onChange: chooseCity,
    },
    {
      name: "district",
      value: district,
      divisions: districts,
      choose: noDistricts ? m("address.noDistrict") : choose,
      autoComplete: "address-level3",
      onChange: setDistrict,
    },
  ]
  return (
    <div className={`${styles.row} ${styles.row3}`}>
      {levels.map((level) => (
        <DivisionSelect
          key={level.name}
          {...level}
          label={m(`address.${level.name}`)}
          error={state.errors[level.name]}
        />
      ))}
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
