// A user, a slash and a password, as tickets write logins in prose and lists: "账号 ops / X", "用户名/密码：admin/X",
// "log in with admin / X", "vCenter administrator@vsphere.local / X", "- MySQL: dev_rw / X", "root/X".
import type { RedactionSpan } from './redaction';
import { pushIfPassword } from './redaction-assignments';
import { DIGITS_DATE } from './redaction-chinese-labels';
import { lineStartWithin, readWord } from './redaction-read-word';
import { caseSwitches, hasMixedClasses, isGeneratedToken, looksLikePassword, looksLikePasswordWithDigit, looksRandom } from './redaction-values';

// "ONVIF 用户单独建的：onvif_user / X" ("the ONVIF user, made apart: …"), "光猫超级管理员：telecomadmin / X" (an administrator):
// a label about a user, a colon, a user and a slash.
// The same after a sign-in or a back office right before the colon ("刷写工具登录：`mes_flash` / X", "FlexNet 管理后台：`lmadmin` / X";
// not "后台菜单：settings / …", a menu), the user maybe in a code span. (Taiwan writes a sign-in 登入: "典藏系統登入：`registrar` / X".)
const CHINESE_USER_SLASH =
  /(?:(?:用户|账号|帐号|账户|管理员)[^\r\n：:/／]{0,12}|(?:管理后台|后台|登录|登陆|登入)(?:账号|帐号|账户)?)[：:][ \t]*(?:[\w.@-]{1,32}|`[\w.@-]{1,32}`)[ \t]*[/／][ \t]*(?=\S)/g;
// "用户名/密码：admin/X", "账号/密码 ops / X", "user/pass: ops/X", "계정 / 비밀번호: ops / X": a user and a password after a label pair.
const USER_PASS_PAIR =
  /(?:用户名|账号|帐号|계정|아이디|사용자|アカウント|ユーザー?(?:名|ID)?|ログインID|user(?:name)?|login)[ \t]*[/／][ \t]*(?:密码|口令|비밀번호|패스워드|암호|パスワード|pass(?:word)?|pwd)[ \t]*[:：=]?[ \t]*[^\s/／]{1,64}[ \t]*[/／][ \t]*/gi;
// An address as the user, a spaced slash, then the password ("vCenter  administrator@vsphere.local / X",
// "smtp…:587 / notify@… / X"); and a service's name as a label before a user and a spaced slash ("- MySQL: dev_rw / X", "SSL-VPN local user: ops / X",
// not "Tags: prod / …"). Both want a password of both cases and a digit (`admin@x / 2024` is a date), and a symbol other
// than a dot or a dash (`Owner: ops / Team2B`, `alice@corp.com / Win11Pro` are names) or, after an address, letters
// whose case switches at random (`Nsz7WJ2W9LzheI`); not the first of a list of slashes (`alice@corp.com / X1 / Win10`).
const ADDRESS_SLASH_PASSWORD = /(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}[ \t]+[/／][ \t]+(?=\S)/g;
// A user and a password each in a code span, a slash between (`` `promo_ro` / `h6Qwx%…` ``, a Harbor robot's `` `robot$ci` / `…` ``):
// the user a name or an address (not a file, `` `config.yaml` / … ``), the value generated or of both cases and digits with a symbol
// or a case that switches often, and none of what keys, files, versions and colours hold (`` `Ctrl` / `Ctrl+Shift+F12` ``, ``
// `main` / `Release-2.4+Hotfix1` ``, `` `red` / `#FF00aa(50%)` ``).
const CODE_SPAN_USER_SLASH = /`(?:[\w@$-]{1,40}|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8})`[ \t]*[/／][ \t]*`([^`\s]{8,128})`/dg;
// A user in a code span, a spaced slash, then the password bare ("Web console `admin` / X"); and an administrator's password
// after "admin:" and a blank ("Station `HVAC` admin: X"). Both want a password of the shape ADDRESS_SLASH_PASSWORD wants.
const CODE_SPAN_USER_BARE_PASSWORD = /(?<![\w`])`[\w@$.-]{1,40}`[ \t]+[/／][ \t]+(?=[^\s`])/g;
// (Not a scheme's prefix there, Jetty's `admin: OBF:…`: the obfuscated value is the vendor rules'.)
const ADMIN_COLON_PASSWORD = /(?<![\w.-])(?:admin|administrator)[ \t]*:[ \t]+(?=[^\s`])(?![A-Za-z]{2,8}:)/gi;
// (The indent is read once, as an atomic group would: a megabyte of blanks is not read again from each of its positions.)
const LABEL_USER_SLASH_PASSWORD = new RegExp(
  `^(?=(?<indent>[ \\t]*))\\k<indent>(?:[-*•#][ \\t]+)?(?:[^\\r\\n:/]{0,40}?[ \\t(-])?(?:${[
    'mysql',
    'mariadb',
    'postgres(?:ql)?',
    'pg',
    'oracle',
    'sql ?server',
    'mssql',
    'redis',
    'mongo(?:db)?',
    'rds',
    'polardb',
    'db',
    'database',
    'ftp',
    'sftp',
    'ssh',
    'vpn',
    'rdp',
    'smb',
    'nas',
    'jenkins',
    'gitlab',
    'harbor',
    'nexus',
    'grafana',
    'kibana',
    'rabbitmq',
    'kafka',
    'es',
    'elasticsearch',
    'vcenter',
    'esxi',
    'idrac',
    'ilo',
    'ipmi',
    'bmc',
    'router',
    'switch',
    'firewall',
    'wi-?fi',
    'console',
    'admin',
    'portal',
    'mail',
    'smtp',
    'imap',
    'ldap',
    'ad',
    'nacos',
    'minio',
    'emqx',
    'zabbix',
    'jira',
    'confluence',
    'tomcat(?: manager)?',
    'keycloak',
    'sonar(?:qube)?',
    'jump(?: ?host)?',
    // (Devices' web pages: "Dialysis gateway web UI (vendor service): service / X".)
    'web ?ui',
    'gui',
    'hmi',
    'gateway',
    'controller',
    'nvr',
    'dvr',
    'camera',
    'bastion',
    '(?:prod|staging|test|dev) server',
    'server',
    'host',
  ].join('|')})(?![\\w-])(?:[^\\r\\n:/]{1,40}?)?:[ \\t]*[\\w.@-]{1,32}[ \\t]+[/／][ \\t]+(?=\\S)`,
  'gim',
);
// "账号 ops / PASS", "用户名：root/PASS", "login admin / PASS", "用户 `pos-producer` / PASS".
// (Windows `net user NAME /active:yes` is a command and its switch.)
// (The blanks around the colon are read once: `[ \t]*(?:[:：][ \t]*)?`, so a name before a long run of blanks is linear.)
const USER_SLASH_PASSWORD =
  /(?<![\w/.-])(?<!\bnet[ \t]{1,8})(?:账号|帐号|帐密|账密|用户名?|用户名称|(?:login|user(?:name)?)(?![A-Za-z.]))[ \t]*(?:[:：][ \t]*)?(?:[\w.@-]+|`[\w.@-]+`)[ \t]*\/[ \t]*(?=\S)/gi;
// "admin / X", "root/X", "admin／X" (a full-width slash), "admin_ops / X": a well-known account name (not inside a
// path), a slash and a password-looking word. Also "admin:X" with nothing around the colon (or a full-width one, "路由器 admin：X").
const ACCOUNT_SLASH_PASSWORD =
  /\b(?<![/.:@-])(?:(?:admin|Administrator|administrator|root|sa|sys|system|ops|deploy|ubuntu|ec2-user|centos|oracle|postgres|elastic)(?:[ \t]*[/／][ \t]*|(?<colon>:|：[ \t]*))|admin_\w{1,20}[ \t]+[/／][ \t]+)(?=\S)/g;
// "log in with admin / X", "credentials: ops / X" (also in Korean and Japanese, 계정 and アカウント; both may be in
// backticks): a user and a password-looking word, spaces around the slash.
const VERB_USER_SLASH_PASSWORD =
  /(?:\b(?:(?:log(?:ging)?[ \t]*in|sign(?:ing)?[ \t]*in|connect(?:ing)?)[ \t]+(?:with|as|using)|creds|credentials|account)|계정|アカウント)(?:[ \t]*(?:[:：]|=>|->))?[ \t]+(?<tick>`?)[\w.@-]{1,64}\k<tick>[ \t]+\/[ \t]+\k<tick>(?=\S)/gi;

// An address and a full-width colon after a label about an account, as Chinese notes give a mailbox's password ("管理员
// postmaster@example.net：X"; "发件人 noreply@…：" is a sender and a message).
// (Found from the colon, and the address and label before it checked in code: a pattern that starts with the address, or with a
// lookbehind, is tried at every position of a big text.)
const FULL_WIDTH_COLON = /：[ \t]*(?=\S)/g;
const ACCOUNT_ADDRESS_BEFORE = /(?:管理员|账号|帐号|账户|登录)[^\r\n：:@]{0,12}?(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}[ \t]*$/;
// A list of logins under a heading about accounts ("SMB 共享账号：" then "  - design / X", "Logins:" then "1. ops / X"; also
// "- ops: X", where the password then has both cases).
const LIST_ITEM_USER_SLASH = /^[ \t]*(?:[-*•+]|\d{1,2}[.)、])[ \t]+[\w.@-]{1,32}[ \t]*(?:[/／]|(?<colon>[:：]))[ \t]*(?=\S)/gm;
// (A label ending in a colon, naming accounts or passwords: "用户反馈" and "Supported login methods:" name neither.)
const ACCOUNTS_HEADING = /(?:账号|帐号|账户|密码|口令|\b(?:accounts|logins|credentials|passwords)\b)[^\r\n:：]{0,30}[:：][ \t]*$/i;
const LIST_ITEM = /^[ \t]*(?:[-*•+]|\d{1,2}[.)、])[ \t]/;
// A word on the line before a well-known account that makes the line about logging in.
const LOGIN_WORD = /account|log ?in|logon|credential|password|passwd|pwd|user|factory|default|账号|帐号|密码|口令|登录|默认|出厂/i;
// A Wi-Fi network's name and its password after the word alone, maybe with a remark (`Wi-Fi (crew): Dock-Crew / X`); not a
// list of modules, adapters or standards (`Wi-Fi module: ESP32 / ESP8266`), a network's security (`WPA2-Enterprise`, `802.1X`),
// nor a second network named like the first (`CorpNet / CorpNet5G`).
const WIFI_LABEL = /^(?:[^\r\n]*[ \t(-])?wi-?fi[ \t]*(?:\([^)\r\n]{1,30}\))?[ \t]*:[ \t]*([\w.@-]{1,32})[ \t]+[/／][ \t]+$/i;
const WIFI_SECURITY = /^(?:WPA\d?|WEP|802\.1X|EAP)(?:[-_ ]?\w+)?$/i;
function isWifiPassword(label: string, value: string): boolean {
  const network = WIFI_LABEL.exec(label)?.[1];
  return network !== undefined && !WIFI_SECURITY.test(value) && /[a-z]/.test(value) && !value.toLowerCase().startsWith(network.slice(0, 4).toLowerCase());
}
// Or the host the login is for, right before it ("192.168.1.60，admin / X", "`http://10.20.3.21`：`admin` / X").
const HOST_BEFORE = /(?<![\w.])(?:\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?|https?:\/\/[^\s`]{1,200})`?[ \t]*[，,:：][ \t]*$/;
const hostBefore = (text: string, index: number): boolean => HOST_BEFORE.test(text.slice(Math.max(0, index - 220), index));

/** Spans of passwords written after a user and a slash (or a colon): in labels, prose, addresses and service lists. */
export function findUserSlashPasswords(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(USER_SLASH_PASSWORD)) {
    const range = readWord(text, match.index + match[0].length);
    if (range && looksLikePassword(text.slice(range.start, range.end))) pushIfPassword(spans, text, range.start, range.end);
  }
  // (Not words joined by dashes: `staging / eu-west-1` is a region.)
  const listed = [...text.matchAll(LIST_ITEM_USER_SLASH)].filter(
    (match) =>
      ACCOUNTS_HEADING.test(listHeading(text, match.index)) &&
      !/^[a-z]+(?:-[a-z0-9]+)+(?![^\s（(，,])/.test(text.slice(match.index + match[0].length, match.index + match[0].length + 80)) &&
      (match.groups?.colon === undefined || isListedPasswordAfterColon(text, match.index + match[0].length)),
  );
  // (A set: a megabyte of pairs is looked up once each.)
  const labelledPairs = new Set(text.matchAll(USER_PASS_PAIR));
  for (const match of [
    ...text.matchAll(VERB_USER_SLASH_PASSWORD),
    ...labelledPairs.values(),
    ...text.matchAll(CHINESE_USER_SLASH),
    ...text.matchAll(ACCOUNT_SLASH_PASSWORD),
    ...[...text.matchAll(FULL_WIDTH_COLON)].filter((match) => ACCOUNT_ADDRESS_BEFORE.test(text.slice(Math.max(0, match.index - 160), match.index))),
    ...listed,
  ]) {
    let range = readWord(text, match.index + match[0].length);
    // An Oracle login names its database after the password (`sys/…@EBSPROD`, `…@db.example.net:1521`); impacket its host
    // (`administrator:…@10.0.0.5`).
    const database = range && /@(?:[A-Z][A-Z0-9_]{2,29}|[\w.-]+:\d{2,5}(?:\/\S*)?|\/\/\S+|\d{1,3}(?:\.\d{1,3}){3})$/.exec(text.slice(range.start, range.end));
    if (range && database) range = { start: range.start, end: range.end - database[0].length };
    const value = range ? text.slice(range.start, range.end) : '';
    // Not a path (`deploy/k8s/ingress.sh`): the password is one segment; after a colon it has both cases (`postgres:16-alpine` is an image).
    const colon = match.groups?.colon !== undefined && !(/[a-z]/.test(value) && /[A-Z]/.test(value));
    // (Nor kubectl's resource and name, `logs deploy/qwen2-72b-vllm`.)
    if (match[0] === 'deploy/' && /^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(value)) continue;
    // (After a label pair, "账号/密码: admin / 273886", digits alone are the password: a PIN-like one a till or a router has.)
    // So too after a well-known account and a spaced slash on a line about a login, when the digits end the clause ("factory
    // account: admin / 45675425 ."; "Disk quota for root / 1048576." counts, "admin / 202405" is a month, a phone or a time).
    const account =
      /^(?:admin|root|Administrator|administrator)[ \t]+[/／][ \t]+$/.test(match[0]) &&
      (LOGIN_WORD.test(text.slice(lineStartWithin(text, match.index, 120), match.index)) || hostBefore(text, match.index)) &&
      /^[ \t]*(?:$|[\r\n.,;)，。!]|[ \t]\(|[ \t]-[ \t])/.test(text.slice(range?.end ?? 0, (range?.end ?? 0) + 3)) &&
      !/^(?:(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:\d{2})?|1[5-9]\d{8}|1[3-9]\d{9})$/.test(value);
    const digits = (labelledPairs.has(match) || account) && /^\d{6,12}$/.test(value) && !DIGITS_DATE.test(value);
    if (range && !colon && (isLoginPassword(value) || digits)) pushIfPassword(spans, text, range.start, range.end);
  }
  for (const [pattern, orRandom] of [
    [ADDRESS_SLASH_PASSWORD, true],
    [CODE_SPAN_USER_BARE_PASSWORD, true],
    [ADMIN_COLON_PASSWORD, true],
    [LABEL_USER_SLASH_PASSWORD, false],
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      const range = readWord(text, match.index + match[0].length);
      const value = range ? text.slice(range.start, range.end) : '';
      const shaped = /[^\w.-]/.test(value) || (orRandom && looksRandom(value)) || (value.length >= 12 && caseSwitches(value) >= 3);
      const listed = range && /^[ \t]+[/／]/.test(text.slice(range.end, range.end + 4));
      // (After a bare account, what versions, models and role sets hold stays: `main` / Release-2.4+Hotfix1, admin:
      // MacBookPro16,1, admin: Read+Write2.)
      const lookAlike = pattern !== ADDRESS_SLASH_PASSWORD && pattern !== LABEL_USER_SLASH_PASSWORD && /[+(),]|^#|\.[a-z]{2,4}$|\d\.\d/.test(value);
      // (A code span's user right after the host it logs in to vouches for a plainer password.)
      // (So does a Wi-Fi network's name before its password: "Wi-Fi (newsroom): XH-Newsroom / X".)
      const forHost =
        (pattern === CODE_SPAN_USER_BARE_PASSWORD && hostBefore(text, match.index) && looksLikePasswordWithDigit(value)) || (pattern === LABEL_USER_SLASH_PASSWORD && isWifiPassword(match[0], value));
      if (range && !listed && !lookAlike && isLoginPassword(value) && ((hasMixedClasses(value) && shaped) || forHost)) pushIfPassword(spans, text, range.start, range.end);
    }
  }
  for (const match of text.matchAll(CODE_SPAN_USER_SLASH)) {
    const value = match[1];
    const generated = value.length >= 16 && isGeneratedToken(value) && caseSwitches(value) >= 4;
    const unlikeAName = hasMixedClasses(value) && (/[^\w.-]/.test(value) || caseSwitches(value) >= 4) && !/[+()]|^#|\.[a-z]{2,4}$|\d\.\d/.test(value);
    if (generated || unlikeAName) pushIfPassword(spans, text, ...(match.indices?.[1] ?? [0, 0]));
  }
  return spans;
}

/**
 * After "- name:" in a list of accounts, a setting is as likely as a password (`- os: CentOS7`, `- MFA: Enabled2`): only a value
 * with a symbol other than a dot, or a digit before a letter, counts.
 */
function isListedPasswordAfterColon(text: string, from: number): boolean {
  const range = readWord(text, from);
  const value = range ? text.slice(range.start, range.end) : '';
  // (Nor a word and a version joined by a dash: `Windows-11`, `Yubikey-5C`, `2FA-on`.)
  if (/^(?:[A-Za-z]+-[A-Za-z0-9]+|[A-Za-z0-9]+-[A-Za-z]+)$/.test(value)) return false;
  return /[^\w.]/.test(value) || /\d(?=[^\r\n]*[A-Za-z])/.test(value);
}

/** A password after a user (a slash or a column before it): it looks the part, has a digit, and is one segment, not a path. */
export function isLoginPassword(value: string): boolean {
  return looksLikePasswordWithDigit(value) && !value.includes('/');
}

/** The line a list item at `at` hangs from: the nearest line above that is no item of its list (an item less indented is). */
function listHeading(text: string, at: number): string {
  const indent = (line: string) => /^[ \t]*/.exec(line)![0].length;
  const itemIndent = indent(text.slice(at, at + 40));
  let end = at - 1;
  for (let items = 0; end > 0 && items < 20; items += 1) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (!LIST_ITEM.test(line) || indent(line) < itemIndent) return line;
    end = start - 1;
  }
  return '';
}
