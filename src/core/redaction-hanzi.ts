// Traditional Chinese, read as simplified: the rules name credentials in simplified Chinese (密码, 密钥,
// 令牌 …), and a ticket from Taiwan or Hong Kong writes 密碼, 金鑰, 權杖. Each traditional character below
// maps to one simplified character of the same UTF-16 length, so a span found in the mapped text is the
// same span in the original. Only characters of credential words, their verbs and the words around them
// are mapped; anything else stays as it is.
const PAIRS =
  '碼码為为鑰钥錄录權权憑凭據据證证設设變变換换舊旧帳帐號号戶户與与資资庫库連连線线機机務务認认驗验' +
  '聯联簽签應应開开發发測测試试環环產产網网關关閉闭祕秘頭头數数級级單单臨临時时門门鎖锁讀读寫写員员' +
  '類类別别記记雲云華华訊讯對对話话後后實实際际備备註注說说個个這这裡里會会還还請请傳传給给將将僅仅' +
  '當当於于過过進进點点處处臺台匯汇歸归種种絡络賬账組组壘垒專专業业錯错誤误啟启鍵键';

const SIMPLIFIED = new Map<string, string>();
for (let i = 0; i < PAIRS.length; i += 2) SIMPLIFIED.set(PAIRS[i], PAIRS[i + 1]);
const TRADITIONAL_CLASS = `[${[...SIMPLIFIED.keys()].join('')}]`;
const ANY_TRADITIONAL = new RegExp(TRADITIONAL_CLASS);
const EVERY_TRADITIONAL = new RegExp(TRADITIONAL_CLASS, 'g');

/** The text with the traditional characters of credential words written in simplified form (same length). */
export function asSimplifiedChinese(text: string): string {
  return ANY_TRADITIONAL.test(text) ? text.replace(EVERY_TRADITIONAL, (character) => SIMPLIFIED.get(character) ?? character) : text;
}

// Full-width letters, digits and symbols, as a Chinese input method left on full width types them ("ＰＡＳＳＷＯＲＤ：
// Ｍａｘｉａｏｙｕ．１９９４"), read as their ASCII forms, and the ideographic space as a blank: one UTF-16 unit each, so
// spans keep their places. The punctuation Chinese writes in full width whatever the mode (：，（）；！？) stays, as the rules
// read it.
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;
const EVERY_FULL_WIDTH = /[\uff02-\uff07\uff0a\uff0b\uff0d-\uff19\uff1c-\uff1e\uff20-\uff5e\u3000]/g;

/** The text with full-width ASCII forms and the ideographic space written as ASCII (same length). */
export function asHalfWidth(text: string): string {
  return FULL_WIDTH.test(text) ? text.replace(EVERY_FULL_WIDTH, (character) => (character === '\u3000' ? ' ' : String.fromCharCode(character.charCodeAt(0) - 0xfee0))) : text;
}
