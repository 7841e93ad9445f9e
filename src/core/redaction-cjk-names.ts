// The names of secrets in Chinese, Korean and Japanese (labels in prose, field names, table headers) and the family of
// field each one is: what classifyKey reads where the name is no English word. Also the word for password in the other
// languages of tickets from abroad.
import type { KeyFamily } from './redaction-keys';
import { LANGUAGES } from './redaction-language-words';

/** Chinese names of secrets (labels in prose, field names, table headers) and the family of field each one is. */
export const CHINESE_FAMILIES: Readonly<Record<string, KeyFamily>> = {
  登录密码: 'password',
  登入密码: 'password',
  密码: 'password',
  '密 码': 'password',
  PIN码: 'password',
  'PIN 码': 'password',
  // (After a Chinese word, "PIN" alone: "本地管理员 PIN：…".)
  PIN: 'password',
  口令: 'password',
  访问密钥: 'secret-key',
  密钥: 'secret-key',
  秘钥: 'secret-key',
  金钥: 'secret-key',
  密匙: 'secret-key',
  私钥: 'private-key',
  安全令牌: 'security-token',
  访问令牌: 'token',
  令牌: 'token',
  权杖: 'token',
  种子: 'secret',
  授权码: 'password',
  // A terminal's authentication code with its platform (a vehicle terminal's 鉴权码 under JT/T 808).
  鉴权码: 'token',
  凭证: 'secret',
  凭据: 'secret',
};
/** Korean and Japanese names of secrets, as field names and table headers (runbooks of teams in Seoul or Tokyo). */
const KOREAN_JAPANESE_FAMILIES: Readonly<Record<string, KeyFamily>> = {
  비밀번호: 'password',
  패스워드: 'password',
  토큰: 'token',
  비밀키: 'secret-key',
  '비밀 키': 'secret-key',
  개인키: 'private-key',
  '개인 키': 'private-key',
  パスワード: 'password',
  APIキー: 'api-key',
  'API キー': 'api-key',
  アクセスキー: 'api-key',
  認証キー: 'api-key',
  'API 키': 'api-key',
  API키: 'api-key',
  '액세스 키': 'api-key',
  액세스키: 'api-key',
  '인증 키': 'api-key',
  인증키: 'api-key',
  시크릿: 'secret',
  シークレットキー: 'secret-key',
  トークン: 'token',
  シークレット: 'secret',
  秘密鍵: 'private-key',
};
const CJK_FAMILIES: Readonly<Record<string, KeyFamily>> = { ...CHINESE_FAMILIES, ...KOREAN_JAPANESE_FAMILIES };
// The labels longest first, so "访问密钥" is read before "密钥". The seed (种子) is a secret only after a
// word of one-time passwords (the prose rule checks that); as a field name it is any random seed.
const CJK_NAMES_LONGEST_FIRST = Object.keys(CJK_FAMILIES)
  .filter((label) => label !== '种子')
  .sort((a, b) => b.length - a.length);

/**
 * The family a Chinese, Korean or Japanese field name announces (`"密码"`, `数据库密码`, `root密码`, `<口令>`,
 * `DB 비밀번호`): the name ends in the label. `密码策略` (policy), `密钥ID` and `公钥` end
 * in something else; a name holding 是/为 or a colon is a sentence, not a name.
 */
export function cjkNameFamily(name: string): KeyFamily | undefined {
  const trimmed = name.trim();
  if (/[是为：:]/.test(trimmed)) return undefined;
  const label = CJK_NAMES_LONGEST_FIRST.find((candidate) => trimmed.endsWith(candidate));
  return label === undefined ? undefined : CJK_FAMILIES[label];
}

// "Password" in Vietnamese (also without its marks), German, French, Spanish, Portuguese, Indonesian, Russian, Turkish,
// Polish, Thai and Arabic, ending a name (`Mật khẩu`, `root Passwort`, a table's `Senha` or `Şifre` column); and the whole
// name in the other languages of the prose rules' table (`Lefoko la sephiri`, not "Prise de parole" nor "Změna hesla"; not
// a word that is another word elsewhere, Latvian's "parole").
const OTHER_PASSWORD_NAME = new RegExp(
  `(?:^|[\\s_])(?:mật khẩu|mat khau|passwort|kennwort|mot de passe|contraseña|senha|kata sandi|пароль|şifre|şifresi|parola|hasło|รหัสผ่าน|كلمة المرور|كلمة السر|كلمة مرور)$|^(?:${LANGUAGES.filter(
    (language) => !language.wordElsewhere,
  )
    .map((language) => language.password)
    .join('|')})$`,
  'iu',
);

/** `password` when the name ends in the word for a password in another language of tickets from abroad. */
export function otherLanguageNameFamily(name: string): KeyFamily | undefined {
  return name.length <= 64 && OTHER_PASSWORD_NAME.test(name.trim().replace(/^["']|["']$/g, '')) ? 'password' : undefined;
}
