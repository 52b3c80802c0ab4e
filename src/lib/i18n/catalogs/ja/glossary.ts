/**
 * The Japanese catalog: glossary. Keys are `glossary.…`: the page's own words. The terms and their explanations in
 * Japanese are the glossary itself (src/lib/presentation/glossary.ts); the other editions give theirs as
 * `glossaryTerms` beside their keys (see TermWords).
 */
import { ROADMAP } from '../../../format/strings.ts';

/** One term in an edition: its name there (default: the Japanese term), explanation, and the label of its link. */
export interface TermWords {
  /** The edition's name for the term; the English glossary names it in English beside the Japanese term. */
  name?: string;
  /** The explanation, in the edition's words. */
  text: string;
  /** The label of the link to a page that says more (where the term has one). */
  more?: string;
}

export const glossary = {
  'glossary.title': '用語集',
  'glossary.description': '熊本市のアクションプランと2013年の行程表、このサイトに出てくる用語の説明です。',
  'glossary.lead':
    'このサイトに出てくる計画の用語と、このサイト独自の言葉を説明します。説明は、資料に書かれていることと、このサイトの方法に基づいています。資料に定義がない用語は、一般的な意味を説明しています。',
  'glossary.index': '用語の一覧',
  'glossary.reading': (reading: string) => `（${reading}）`,
  'glossary.group.about-plan': 'アクションプランの用語',
  'glossary.group.about-roadmap': `${ROADMAP}の用語`,
  'glossary.group.about-site': 'このサイトの用語',
  'glossary.source.plan': 'アクションプランの記載による説明です。',
  'glossary.source.roadmap': `${ROADMAP}の記載による説明です。`,
  'glossary.source.site': 'このサイトの表記・方法の説明です。',
  'glossary.source.general': '資料に定義がないため、一般的な意味を説明しています。',
};
