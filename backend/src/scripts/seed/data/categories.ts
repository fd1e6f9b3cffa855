import type { SeedCategory } from "./types"

/** Product categories; parents are listed before their children. */
export const categories: SeedCategory[] = [
  {
    handle: "fruit",
    name: "时令水果",
    description: "梅县山地果园和设施基地出产的应季鲜果，成熟后采摘、产地直发。",
  },
  {
    handle: "pomelo",
    name: "柚子",
    description: "梅县蜜柚和梅县金柚，中秋到冬季陆续上市，耐储存，适合送礼和单位团购。",
    parent: "fruit",
  },
  {
    handle: "berries",
    name: "浆果",
    description: "蓝莓等小浆果，果皮娇嫩，全程冷链配送。",
    parent: "fruit",
  },
  {
    handle: "grain-oil",
    name: "粮油",
    description: "梅县田间种出的稻米和本地花生压榨的食用油，家庭和食堂的日常所需。",
  },
  {
    handle: "rice",
    name: "大米",
    description: "丝苗米以及稻虾、稻蛙综合种养田里产出的生态大米，新谷新碾。",
    parent: "grain-oil",
  },
  {
    handle: "oil",
    name: "食用油",
    description: "选用本地花生低温冷榨的花生油。",
    parent: "grain-oil",
  },
  {
    handle: "vegetables",
    name: "蔬菜",
    description: "设施大棚和有机基地的新鲜蔬菜，当天采摘、冷链直送。",
  },
  {
    handle: "aquatic",
    name: "水产",
    description: "稻田综合种养基地出产的小龙虾、稻田蛙等水产品。",
  },
  {
    handle: "hakka-specialties",
    name: "客家特产",
    description: "梅菜干、客家娘酒、高山笋干等按客家传统手艺制作的风味特产。",
  },
  {
    handle: "tea",
    name: "茶叶",
    description: "梅县山区茶园出产的绿茶。",
    parent: "hakka-specialties",
  },
]
