import rehypeKatex, { type Options as KatexOptions } from 'rehype-katex';
import remarkMath, { type Options as MathOptions } from 'remark-math';

/**
 * TeX math in roadmap bodies, as GitHub shows it in the READMEs plans come from: `$$…$$` inline or as a block. A single
 * dollar is no delimiter here ("$5 a month, $10 a year" is money); the importer writes inline math with two.
 */
export const remarkSiteMath: [typeof remarkMath, MathOptions] = [remarkMath, { singleDollarTextMath: false }];

/**
 * Math rendered as MathML, which browsers lay out themselves: no stylesheet or fonts to load, nothing added to pages
 * without math.
 */
export const rehypeSiteMath: [typeof rehypeKatex, KatexOptions] = [rehypeKatex, { output: 'mathml' }];
