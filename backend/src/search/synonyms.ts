/**
 * The shop's synonym list for produce: the everyday names buyers type for
 * what the catalogue calls otherwise. The one home of this data: the product
 * index adds a group's `aliases` (and their pinyin) to the document of every
 * product whose title or category names contain one of its `words`, so
 * 西红柿 finds 番茄 and 柚子 finds every pomelo, ranked after products whose
 * own title holds the word. Aliases are one-way: 蜜柚 does not find 金柚.
 *
 * Extending it: add a group or an alias here and rebuild the index
 * (`npm run search:reindex`); a product's next change also picks it up.
 * The Meilisearch provider (issue 15, part 4) is meant to send the same
 * groups as its `synonyms` setting (alias → words).
 */
export type SynonymGroup = {
  /** Words of product titles or category names (any one of them is enough). */
  words: string[]
  /** What buyers type for them. */
  aliases: string[]
}

export const SYNONYMS: SynonymGroup[] = [
  { words: ["番茄"], aliases: ["西红柿", "洋柿子"] },
  { words: ["樱桃番茄"], aliases: ["圣女果", "小番茄", "小西红柿"] },
  { words: ["蜜柚", "金柚", "沙田柚"], aliases: ["柚子", "柚", "文旦"] },
  { words: ["丝苗米"], aliases: ["香米", "大米", "籼米"] },
  { words: ["虾稻米", "蛙稻米"], aliases: ["大米", "生态米", "稻米"] },
  { words: ["花生油"], aliases: ["食用油", "生油", "油"] },
  { words: ["红薯"], aliases: ["番薯", "地瓜", "甘薯", "山芋"] },
  { words: ["小龙虾"], aliases: ["龙虾", "虾"] },
  { words: ["稻田蛙"], aliases: ["田鸡", "青蛙", "蛙"] },
  { words: ["彩椒"], aliases: ["甜椒", "灯笼椒", "柿子椒"] },
  { words: ["紫长茄"], aliases: ["茄子", "矮瓜"] },
  { words: ["梅菜干"], aliases: ["梅干菜", "霉干菜", "梅菜"] },
  { words: ["娘酒"], aliases: ["黄酒", "米酒", "客家黄酒"] },
  { words: ["绿茶"], aliases: ["茶叶", "炒绿", "高山茶"] },
  { words: ["笋干"], aliases: ["竹笋", "笋"] },
  { words: ["蓝莓"], aliases: ["越橘", "浆果"] },
  { words: ["蔬菜礼盒"], aliases: ["菜篮子", "时令蔬菜", "青菜"] },
]

/** The aliases for a product whose title and category names are `texts`. */
export function synonymsOf(
  texts: (string | null | undefined)[],
  groups: SynonymGroup[] = SYNONYMS
): string[] {
  const text = texts.filter(Boolean).join(" ")
  const aliases = new Set<string>()
  for (const group of groups) {
    if (group.words.some((word) => text.includes(word))) {
      for (const alias of group.aliases) aliases.add(alias)
    }
  }
  return [...aliases]
}

/**
 * The names of the family a product belongs to, for suggestions: every word
 * and alias of each group its title or category names match (梅县金柚 → 蜜柚,
 * 沙田柚, 柚子…), so a buyer typing the family's name (`miy`) is offered each
 * of its products. Broader than the search, which keeps aliases one-way.
 */
export function familyNamesOf(
  title: string,
  categoryNames: string[] = [],
  groups: SynonymGroup[] = SYNONYMS
): string[] {
  const text = [title, ...categoryNames].join(" ")
  const names = new Set<string>()
  for (const group of groups) {
    if (group.words.some((word) => text.includes(word))) {
      // the title's own words are keys already
      for (const name of [...group.words, ...group.aliases]) {
        if (!title.includes(name)) names.add(name)
      }
    }
  }
  return [...names]
}
