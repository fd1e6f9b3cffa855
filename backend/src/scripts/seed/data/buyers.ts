/**
 * Demo buyers (all invented): people in Guangzhou buying for their families,
 * and units (单位) buying for staff canteens and trade-union welfare under
 * their consumption-aid quotas.
 */
import type { UnitKind } from "../../../types/http/unit"

export type SeedBuyer = {
  email: string
  first_name: string
  last_name: string
  phone: string
  /** units: the organisation's name */
  company_name?: string
  /** units: the unit of the unit module the buyer is the 管理员 of */
  unit?: SeedUnit
  district: string
  address: string
}

/** A demo unit (单位客户): verified, its buyer its 管理员; credit codes pass GB 32100. */
export type SeedUnit = {
  kind: UnitKind
  credit_code: string
  headcount: number
}

/** The customer group of unit buyers the seed used before units existed; removed when found. */
export const LEGACY_UNIT_GROUP_NAME = "单位客户"

export const CONSUMERS: SeedBuyer[] = [
  {
    email: "chen.xiaoyu@example.cn",
    last_name: "陈",
    first_name: "晓雨",
    phone: "13926001234",
    district: "天河区",
    address: "体育西路 191 号 1204 房",
  },
  {
    email: "liang.wei@example.cn",
    last_name: "梁",
    first_name: "伟",
    phone: "13711112222",
    district: "越秀区",
    address: "东风中路 300 号 8 栋 501",
  },
  {
    email: "huang.min@example.cn",
    last_name: "黄",
    first_name: "敏",
    phone: "15800003333",
    district: "海珠区",
    address: "江南大道中 168 号 3 座 1702",
  },
  {
    email: "zhang.jiahui@example.cn",
    last_name: "张",
    first_name: "嘉慧",
    phone: "18620004444",
    district: "番禺区",
    address: "市桥街光明北路 88 号 2 栋 302",
  },
  {
    email: "li.guoqiang@example.cn",
    last_name: "李",
    first_name: "国强",
    phone: "13533335555",
    district: "白云区",
    address: "白云大道北 1688 号 5 栋 901",
  },
  {
    email: "wu.xiaoling@example.cn",
    last_name: "吴",
    first_name: "晓玲",
    phone: "17766667777",
    district: "黄埔区",
    address: "科学大道 99 号 A1 栋 1103",
  },
]

export const UNITS: SeedBuyer[] = [
  {
    email: "gonghui@tianhe-demo.example.cn",
    last_name: "刘",
    first_name: "主席",
    phone: "13800001111",
    company_name: "广州市天河区示范街道总工会",
    unit: { kind: "trade_union", credit_code: "81440106MC00000016", headcount: 420 },
    district: "天河区",
    address: "天河路 2 号 工会办公室",
  },
  {
    email: "shitang@gzjt-demo.example.cn",
    last_name: "周",
    first_name: "经理",
    phone: "13900002222",
    company_name: "广州示范交通集团有限公司职工食堂",
    unit: { kind: "state_enterprise", credit_code: "91440101MA0000002U", headcount: 2600 },
    district: "越秀区",
    address: "环市中路 8 号 食堂采购部",
  },
  {
    email: "bangfu@yuexiu-demo.example.cn",
    last_name: "何",
    first_name: "科长",
    phone: "13600003333",
    company_name: "广州市越秀区示范机关事务管理局",
    unit: { kind: "party_government", credit_code: "11440104MB0000003L", headcount: 180 },
    district: "越秀区",
    address: "府前路 1 号 行政科",
  },
]
