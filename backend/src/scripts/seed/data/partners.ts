import type { SeedPartner } from "./types"

/**
 * Partner farms, cooperatives and enterprises.
 *
 * source "public": the producer itself and what it grows are known from public
 * reports (东溪, 畲穗, 祥成). Everything else about them here (contacts, phone
 * numbers, households, certificate numbers, exact wording of the story) is
 * demo data. source "demo": the whole partner is invented for the demo.
 *
 * All phone numbers and certificate numbers are invented placeholders.
 */
export const partners: SeedPartner[] = [
  {
    handle: "dongxi-agritech",
    name: "梅州市东溪农业科技有限公司",
    kind: "enterprise",
    town: "bingcun",
    village: "溪联村",
    address: "梅州市梅县区丙村镇溪联村",
    contact_name: "陈经理",
    contact_phone: "0753-2500101",
    households_involved: 86,
    certificates: [
      {
        name: "食用农产品承诺达标合格证",
        number: "DEMO-HGZ-2026-0101",
        issuer: "梅州市东溪农业科技有限公司",
      },
      {
        name: "农产品质量安全检测报告（农残快检）",
        number: "DEMO-JC-2026-1105",
        issuer: "演示检测机构",
        valid_until: "2026-12-31",
      },
    ],
    summary: "丙村镇的无土栽培蔬菜基地，在大棚里用椰糠基质种植番茄、彩椒和茄子。",
    story:
      "东溪农业的大棚里几乎看不到泥土：番茄、彩椒和茄子扎根在椰糠制成的基质袋里，配好的水肥通过滴灌管定时送到每一株的根部。无土栽培避开了土传病害，用药少，果实干净、皮薄，产量也比传统露天种植高出不少。基地把村里分散的田块集中流转，平日的育苗、整枝和采收主要请周边村民来做，让留守在家的中老年人在家门口就有一份稳定收入。每一批果菜在采摘当天分拣装箱，经冷链发往广州。",
    main_products: "樱桃番茄、大番茄、彩椒、茄子",
    source: "public",
  },
  {
    handle: "shesui-agri",
    name: "梅州市畲穗农业发展有限公司",
    kind: "enterprise",
    town: "shejiang",
    address: "梅州市梅县区畲江镇畲穗丝苗米种植基地",
    contact_name: "李经理",
    contact_phone: "0753-2500102",
    households_involved: 210,
    certificates: [
      {
        name: "食用农产品承诺达标合格证",
        number: "DEMO-HGZ-2026-0102",
        issuer: "梅州市畲穗农业发展有限公司",
      },
      {
        name: "SC食品生产许可证（大米加工）",
        number: "SC-DEMO-10144140000102",
        issuer: "梅州市梅县区市场监督管理局",
        valid_until: "2029-06-30",
      },
    ],
    summary: "扎根畲江镇的稻米企业，把撂荒田连片复耕，种植和加工优质丝苗米。",
    story:
      "畲江镇地势相对平缓，田地连片、水源充足，适合种稻，但随着年轻人外出务工，一些田块曾经丢荒。畲穗农业通过土地流转把零散的田块连成片，统一育秧、机插和收割，种上米粒细长的丝苗米品种。稻谷收割后及时烘干，分批碾米，尽量让消费者吃到新鲜的米。公司按保底价收购周边农户种植的稻谷，并提供种子和技术指导，带动农户一起种好粮。",
    main_products: "丝苗米",
    source: "public",
  },
  {
    handle: "xiangcheng-agri",
    name: "广东祥成农创帮扶科技有限公司",
    kind: "enterprise",
    town: "shejiang",
    address: "梅州市梅县区畲江镇祥成农创5G蓝莓种植示范基地",
    contact_name: "黄经理",
    contact_phone: "0753-2500103",
    households_involved: 58,
    certificates: [
      {
        name: "食用农产品承诺达标合格证",
        number: "DEMO-HGZ-2026-0103",
        issuer: "广东祥成农创帮扶科技有限公司",
      },
    ],
    summary: "畲江镇的5G智慧蓝莓基地，用设施大棚和物联网种植鲜食蓝莓。",
    story:
      "祥成农创在畲江镇盘活撂荒土地，建起了5G蓝莓种植示范基地，这也是梅州较早的设施蓝莓项目。蓝莓种在装有酸性基质的盆里，棚内的温度、湿度和水肥由传感器实时监测，通过5G网络远程调控。精细管理让果实个大、脆甜，也能适当错开大宗蓝莓的上市高峰。采摘、分拣和包装需要大量人手，基地优先聘用周边村民，旺季时每天都有几十人在棚里忙碌。",
    main_products: "鲜食蓝莓",
    source: "public",
  },
  {
    handle: "shanliang-oil",
    name: "梅州市山粮食品有限公司",
    kind: "enterprise",
    town: "nankou",
    village: "锦鸡村",
    address: "梅州市梅县区南口镇锦鸡村山粮榨油坊",
    contact_name: "张经理",
    contact_phone: "0753-2500104",
    households_involved: 135,
    certificates: [
      {
        name: "SC食品生产许可证（食用植物油）",
        number: "SC-DEMO-10244140000104",
        issuer: "梅州市梅县区市场监督管理局",
        valid_until: "2028-09-30",
      },
      {
        name: "产品质量检验报告",
        number: "DEMO-JY-2026-0418",
        issuer: "演示检测机构",
        valid_until: "2027-04-30",
      },
    ],
    summary: "南口镇的小榨油坊，收购本地花生，用低温冷榨工艺压制花生油。",
    story:
      "客家人做菜离不开一口好油，山粮的榨油坊就开在南口镇的村子里。油坊与周边农户签订种植协议，春、秋两季按约定价格收购当地花生，农户不用再挑着花生去圩上找买家。花生经过筛选、去杂后低温压榨，再经自然沉淀和过滤装瓶，保留花生本身的清香。每批油都留样检验，瓶身标注压榨日期。",
    main_products: "冷榨花生油",
    source: "demo",
  },
  {
    handle: "songyuan-pomelo-farm",
    name: "梅县区松源镇丰柚家庭农场",
    kind: "household_farm",
    town: "songyuan",
    village: "园岭村",
    address: "梅州市梅县区松源镇园岭村",
    contact_name: "刘先生",
    contact_phone: "13900000105",
    households_involved: 18,
    certificates: [
      {
        name: "地理标志产品 梅县金柚（专用标志使用）",
        number: "DEMO-GI-MXJY-0105",
        issuer: "国家知识产权局",
        valid_until: "2027-12-31",
      },
      {
        name: "绿色食品",
        number: "LB-DEMO-2025-0105",
        issuer: "中国绿色食品发展中心",
        valid_until: "2028-05-31",
      },
    ],
    summary: "松源镇一户三代人经营的柚园，种有红肉蜜柚、白肉蜜柚和梅县金柚。",
    story:
      "刘家在松源镇种柚子已经是第三代，山坡上的柚园从父辈手里的几十棵树扩展到如今的一片果林。蜜柚在中秋前后成熟，金柚则要等到霜降前后才采摘，采下后放一段时间，果肉会更清甜。一家人坚持增施农家肥、人工除草，每个果子都套袋护果。农场还帮邻近几户柚农统一分级、包装和发货，让大家的柚子一起卖到广州。",
    main_products: "红肉蜜柚、白肉蜜柚、梅县金柚",
    source: "demo",
  },
  {
    handle: "baidu-rice-shrimp",
    name: "梅县区白渡稻虾共作种养专业合作社",
    kind: "cooperative",
    town: "baidu",
    village: "凤岭村",
    address: "梅州市梅县区白渡镇凤岭村稻虾共作基地",
    contact_name: "钟理事长",
    contact_phone: "13900000106",
    households_involved: 46,
    certificates: [
      {
        name: "食用农产品承诺达标合格证",
        number: "DEMO-HGZ-2026-0106",
        issuer: "梅县区白渡稻虾共作种养专业合作社",
      },
      {
        name: "水域滩涂养殖证",
        number: "DEMO-YZ-2025-0106",
        issuer: "梅州市梅县区人民政府",
        valid_until: "2030-12-31",
      },
    ],
    summary: "白渡镇的稻虾共作基地，一块田里既种水稻又养小龙虾。",
    story:
      "合作社把原本零散的低洼稻田连成片，沿田边挖出环沟，春夏在田里养小龙虾，之后插秧种稻。小龙虾吃田里的杂草和虫子，排泄物又成了水稻的肥料，整个季节基本不用化肥和杀虫剂。“一水两用、一田双收”，入社农户既分得租金，又能在基地务工。夏天的龙虾和秋天的虾稻米是合作社的两大拳头产品。",
    main_products: "稻田小龙虾、虾稻米",
    source: "demo",
  },
  {
    handle: "baidu-rice-frog",
    name: "梅县区白渡稻蛙共养专业合作社",
    kind: "cooperative",
    town: "baidu",
    village: "桃柳村",
    address: "梅州市梅县区白渡镇桃柳村稻蛙共养基地",
    contact_name: "温社长",
    contact_phone: "13900000107",
    households_involved: 32,
    certificates: [
      {
        name: "食用农产品承诺达标合格证",
        number: "DEMO-HGZ-2026-0107",
        issuer: "梅县区白渡稻蛙共养专业合作社",
      },
      {
        name: "水域滩涂养殖证",
        number: "DEMO-YZ-2025-0107",
        issuer: "梅州市梅县区人民政府",
        valid_until: "2030-12-31",
      },
    ],
    summary: "白渡镇的稻蛙共养基地，在防逃网围起的稻田里养殖人工繁育的黑斑蛙。",
    story:
      "夏天走进合作社的稻田，最先听到的是一片蛙声。田块四周围着防逃网，田里放养的是人工繁育的黑斑蛙，它们捕食稻飞虱等害虫，帮稻田省下了大部分农药。蛙在夏秋季起捕后集中宰杀、清洗和急冻，稻谷则收割晾晒、碾成蛙稻米。合作社由几户养蛙能手牵头成立，统一提供蛙苗、饲料和技术，社员按面积分红。",
    main_products: "急冻稻田蛙、蛙稻米",
    source: "demo",
  },
  {
    handle: "baidu-organic-veg",
    name: "梅县区白渡绿田有机蔬菜基地",
    kind: "farm",
    town: "baidu",
    village: "悦一村",
    address: "梅州市梅县区白渡镇悦一村",
    contact_name: "罗场长",
    contact_phone: "13900000108",
    households_involved: 64,
    certificates: [
      {
        name: "有机产品认证",
        number: "DEMO-OP-2025-0108",
        issuer: "演示认证机构",
        valid_until: "2026-12-31",
      },
      {
        name: "食用农产品承诺达标合格证",
        number: "DEMO-HGZ-2026-0108",
        issuer: "梅县区白渡绿田有机蔬菜基地",
      },
    ],
    summary: "白渡镇的有机蔬菜基地，按时令轮作叶菜、瓜豆和根茎类蔬菜。",
    story:
      "基地所在的山谷远离工厂，引山泉水灌溉。菜地施用腐熟的农家肥和绿肥，用防虫网、黄板和人工捉虫代替化学农药，不同作物轮流种植以养护土壤。每天清晨采摘，当天分拣打包，按季节把六到八种蔬菜配成礼盒。基地长期雇用村里的妇女和老人种菜、摘菜，也向周边农户收购按有机标准种植的番薯。",
    main_products: "有机蔬菜礼盒、有机红薯",
    source: "demo",
  },
  {
    handle: "nankou-hakka-coop",
    name: "梅县区南口客家风味农产品专业合作社",
    kind: "cooperative",
    town: "nankou",
    village: "侨乡村",
    address: "梅州市梅县区南口镇侨乡村",
    contact_name: "潘大姐",
    contact_phone: "13900000109",
    households_involved: 120,
    certificates: [
      {
        name: "SC食品生产许可证（蔬菜制品）",
        number: "SC-DEMO-11644140000109",
        issuer: "梅州市梅县区市场监督管理局",
        valid_until: "2029-03-31",
      },
      {
        name: "SC食品生产许可证（酒类）",
        number: "SC-DEMO-11544140000209",
        issuer: "梅州市梅县区市场监督管理局",
        valid_until: "2029-03-31",
      },
    ],
    summary: "南口镇的客家风味合作社，按老手艺晒制梅菜干、酿造客家娘酒。",
    story:
      "每年冬天稻田收割后，南口的农户会种下一季梅菜，开春收割后经过盐腌、晾晒，反复多次才成为乌黑油亮的梅菜干。客家娘酒则用本地糯米和红曲酿成，是坐月子和逢年过节少不了的滋味。合作社把这些家家户户都会做的手艺组织起来，统一收购原料、统一卫生标准，在持证的加工间里生产。社员大多是留守在村里的妇女，农闲时就在合作社晒菜、酿酒，多一份收入。",
    main_products: "梅菜干、客家娘酒",
    source: "demo",
  },
  {
    handle: "songyuan-mountain-coop",
    name: "梅县区松源高山茶笋专业合作社",
    kind: "cooperative",
    town: "songyuan",
    village: "化联村",
    address: "梅州市梅县区松源镇化联村",
    contact_name: "何主任",
    contact_phone: "13900000110",
    households_involved: 75,
    certificates: [
      {
        name: "SC食品生产许可证（茶叶）",
        number: "SC-DEMO-11444140000110",
        issuer: "梅州市梅县区市场监督管理局",
        valid_until: "2029-08-31",
      },
      {
        name: "绿色食品",
        number: "LB-DEMO-2025-0110",
        issuer: "中国绿色食品发展中心",
        valid_until: "2028-10-31",
      },
    ],
    summary: "松源镇山区的合作社，经营高山绿茶和竹笋干。",
    story:
      "松源镇北部山高林密，云雾多、昼夜温差大，适合茶树和毛竹生长。合作社组织山里的农户管护茶园，春茶季节按“一芽一叶、一芽二叶”的标准采摘，由老师傅手工杀青、揉捻和烘干。春笋破土时，社员上山挖笋，经煮制、晾晒制成笋干。过去这些山货只能等收购商上门，如今由合作社统一收购、包装和销售，价钱更有保障。",
    main_products: "高山绿茶、高山笋干",
    source: "demo",
  },
]
