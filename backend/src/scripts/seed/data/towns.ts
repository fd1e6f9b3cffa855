import type { SeedTown } from "./types"

/**
 * The five towns of 梅县区 the shop sources from.
 *
 * Summaries, descriptions and specialties stick to general public facts.
 * Villages are limited to names found in public sources (news reports,
 * administrative listings); the list is deliberately incomplete.
 */
export const towns: SeedTown[] = [
  {
    handle: "bingcun",
    name: "丙村镇",
    name_pinyin: "Bingcun",
    summary: "梅县区东部的重点侨乡，山多田少，是梅县较早种植沙田柚的地方之一。",
    description:
      "丙村镇位于梅县区东部，距梅州城区约20公里，总面积约170平方公里，镇政府驻溪联村。全镇山地多、耕地少，农业以金柚、水稻、花生和蔬菜为主。丙村是著名侨乡，据县志记载，民国初年当地旅外华侨从广西引种沙田柚，这是梅县种植沙田柚的较早记载。近年来，镇内还发展起无土栽培大棚蔬菜等设施农业。",
    specialties: ["梅县金柚", "大棚蔬菜", "花生", "客家盐焗食品"],
    villages: ["溪联村", "银场村", "旋风村", "群丰村"],
    rank: 1,
  },
  {
    handle: "shejiang",
    name: "畲江镇",
    name_pinyin: "Shejiang",
    summary: "梅县区西南部的中心镇，地处梅县、兴宁、丰顺、五华四县（市）交界，田地平整、交通便利。",
    description:
      "畲江镇俗称畲坑，因古时畲族先民在此聚居而得名，位于梅县区西南部，总面积约177平方公里。镇域地势相对平缓，206国道和多条高速公路在此交汇，是广东省中心镇之一，也是梅州工艺编织的重要产地。农业以水稻、蔬菜和水果为主，近年来通过撂荒耕地复耕复种，发展优质稻米和设施水果种植。",
    specialties: ["丝苗米", "蓝莓", "时令蔬菜", "工艺编织"],
    villages: ["官铺村", "新化村", "太湖村", "成山村", "红星村", "公和村", "径心村"],
    rank: 2,
  },
  {
    handle: "nankou",
    name: "南口镇",
    name_pinyin: "Nankou",
    summary: "梅县区西南部的华侨之乡，侨乡村的客家围龙屋群闻名遐迩。",
    description:
      "南口镇位于梅县区西南部，距梅州城区约10公里，由原南口、瑶上、荷泗三镇合并而成，总面积约263平方公里。这里是著名的华侨之乡，侨乡村保存着以南华又庐为代表的数十座客家围龙屋，被誉为客家民居的“天然博物馆”。农业以水稻、蔬菜和水果为主，近年来推进撂荒地复耕复种，发展连片水稻种植和观光农业。",
    specialties: ["丝苗米", "客家梅菜", "客家娘酒", "时令蔬果"],
    villages: ["侨乡村", "锦鸡村", "南龙村", "葵岗村", "车陂村"],
    rank: 3,
  },
  {
    handle: "baidu",
    name: "白渡镇",
    name_pinyin: "Baidu",
    summary: "梅县区东北部的山区镇，石窟河穿境而过，河谷田园适宜种植水稻和蔬菜。",
    description:
      "白渡镇位于梅县区东北部，东南与松口镇、丙村镇相连，西北与蕉岭县接壤，总面积约188平方公里。境内丘陵、高山与河谷盆地交错，地势西北高、东南低，石窟河穿境而过，水源充足。近年来，镇内盘活撂荒耕地，发展起成片的蔬菜种植基地。",
    specialties: ["白渡牛肉干", "时令蔬菜", "水稻"],
    villages: ["悦一村", "凤岭村", "桃柳村"],
    rank: 4,
  },
  {
    handle: "songyuan",
    name: "松源镇",
    name_pinyin: "Songyuan",
    summary: "梅县区北部的边陲古镇，地处闽粤两省交界，山清水秀，是红四军入粤的第一站。",
    description:
      "松源镇位于梅县区北部，地处闽、粤两省交界，与福建永定、上杭及蕉岭县相邻，是历史上客家先民进入粤东的通道之一。1929年10月红四军曾在此驻扎，金星村的同怀别墅是重要的革命史迹。镇内山多林茂，河谷盆地土地肥沃，农业以水稻、柚子和烟叶为主，高山村落还出产竹笋、红菇等山货。",
    specialties: ["梅县金柚", "蜜柚", "高山竹笋", "红菇"],
    villages: ["园岭村", "金星村", "白玉村", "杨阁村", "化联村"],
    rank: 5,
  },
]
