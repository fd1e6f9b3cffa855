export * from "./issue-unit-statement"
export * from "./quota"
export * from "./set-unit-quota"
export * from "./statements"
